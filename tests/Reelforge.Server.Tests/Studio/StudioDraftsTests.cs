using Reelforge.Server.Api.Contracts;
using Reelforge.Data.Storage;
using Reelforge.Server.Studio;
using Reelforge.Server.Studio.Settings;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Studio;

/// <summary>"Make another like this" drafts live in the data directory, so a restarted server still opens them.</summary>
public sealed class StudioDraftsTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Draft_WrittenBeforeARestart_OpensAfterIt_WithItsScenesAndStockPick()
    {
        var form = new VideoForm
        {
            Script = "Waves at dusk.",
            ShortSide = 360,
            Aspect = "16:9",
            Scenes = [new SceneForm { Text = "Waves at dusk.", Terms = "ocean", Stock = new StockPickParams { Source = "pexels", Id = "pexels:1001", DownloadUrl = "https://videos.pexels.com/a.mp4" } }],
        };
        var id = await new StudioDrafts(new DataLayout(_data.Path)).PutAsync(form, CancellationToken.None);

        // a new instance, as after a restart: nothing of the first is in memory
        var again = await new StudioDrafts(new DataLayout(_data.Path)).GetAsync(id, CancellationToken.None);

        Assert.NotNull(again);
        Assert.Equal(360, again.ShortSide);
        Assert.Equal("16:9", again.Aspect);
        Assert.Equal("pexels:1001", Assert.Single(again.Scenes).Stock?.Id);
    }

    [Theory]
    [InlineData("../../settings")]
    [InlineData("not-a-draft")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    public async Task Draft_UnknownOrMalformedId_IsNull(string id)
    {
        Assert.Null(await new StudioDrafts(new DataLayout(_data.Path)).GetAsync(id, CancellationToken.None));
    }
}
