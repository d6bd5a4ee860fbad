using System.Text.Json;
using Reelforge.Core.Footage;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Tests.Contracts;

/// <summary>A scene's <c>stock</c> items: what a footage search reported becomes the item the Gather stage downloads.</summary>
public sealed class StockPickParamsTests : IDisposable
{
    private readonly ServerMediaFixture _server = new();

    public void Dispose() => _server.Dispose();

    private Core.Requests.VideoRequest Map(string json) => _server.Mapper().Map(JsonSerializer.Deserialize<VideoParams>(json, ApiJson.Options)!);

    [Fact]
    public void Scene_WithAStockPick_CarriesItsDownloadUrlAndCredits()
    {
        var request = Map("""
            {"scenes": [{"text": "Waves at dusk.", "stock": [{"source": "pexels", "id": "pexels:1001", "kind": "video",
              "download_url": "https://videos.pexels.com/video-files/1001/a.mp4", "page_url": "https://www.pexels.com/video/1001/", "author": "Jane Doe"}]},
              {"text": "No pick here."}]}
            """);

        var pick = Assert.Single(request.Scenes[0].StockPicks);
        Assert.Equal("pexels:1001", pick.Id);
        Assert.Equal("pexels", pick.Source);
        Assert.Equal(FootageKind.Video, pick.Kind);
        Assert.Equal(new Uri("https://videos.pexels.com/video-files/1001/a.mp4"), pick.DownloadUrl);
        Assert.Equal("Jane Doe", pick.Author);
        Assert.Null(pick.Path);
        Assert.Empty(request.Scenes[1].StockPicks);
    }

    [Fact]
    public void Scene_StockPickWithABareId_IsNamedAfterItsSource()
    {
        var request = Map("""{"scenes": [{"text": "A.", "stock": [{"source": "Pixabay", "id": "77", "kind": "image", "download_url": "https://cdn.pixabay.com/photo/77.jpg"}]}]}""");

        var pick = Assert.Single(request.Scenes[0].StockPicks);
        Assert.Equal("pixabay:77", pick.Id);
        Assert.Equal(FootageKind.Image, pick.Kind);
    }

    [Theory]
    [InlineData("""{"source": "youtube", "id": "1", "download_url": "https://x.test/a.mp4"}""", "scenes[0].stock[0].source")]
    [InlineData("""{"source": "pexels", "id": " ", "download_url": "https://videos.pexels.com/a.mp4"}""", "scenes[0].stock[0].id")]
    [InlineData("""{"source": "pexels", "id": "1", "kind": "audio", "download_url": "https://videos.pexels.com/a.mp4"}""", "scenes[0].stock[0].kind")]
    [InlineData("""{"source": "pexels", "id": "1", "download_url": "file:///etc/passwd"}""", "scenes[0].stock[0].download_url")]
    [InlineData("""{"source": "pexels", "id": "1"}""", "scenes[0].stock[0].download_url")]
    public void Scene_BadStockPick_IsRefusedNamingTheField(string pick, string field)
    {
        var e = Assert.Throws<ApiValidationException>(() => Map($$"""{"scenes": [{"text": "A.", "stock": [{{pick}}]}]}"""));
        Assert.Equal(field, e.Field);
    }
}
