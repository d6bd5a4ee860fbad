using System.Net;
using Reelforge.Server.Tests.Support;

namespace Reelforge.Server.Tests.Files;

public sealed class UploadLimitTests
{
    [Fact]
    public async Task PostMusic_OverMaxUploadMegabytes_Is413AndKeepsNothing()
    {
        await using var factory = new ReelforgeApiFactory(new Dictionary<string, string?> { ["Server:MaxUploadMegabytes"] = "1" }, runWorker: false);
        using var client = factory.CreateClient();
        using var form = Uploads.Form(new byte[(1024 * 1024) + 4096], "big.mp3");

        var response = await client.PostAsync("/api/v1/musics", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("1 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(factory.DataDirectory, "musics")));
    }

    [Fact]
    public async Task PostMusic_OverTheLimitWithoutContentLength_Is413()
    {
        await using var factory = new ReelforgeApiFactory(new Dictionary<string, string?> { ["Server:MaxUploadMegabytes"] = "1" }, runWorker: false);
        using var client = factory.CreateClient();
        using var form = Uploads.Form(new byte[(2 * 1024 * 1024) + 4096], "big.mp3");
        var bytes = await form.ReadAsByteArrayAsync();

        // A chunked body announces no length up front, so a limit applied while reading has to stop it.
        using var streamed = new StreamContent(new MemoryStream(bytes));
        streamed.Headers.ContentType = form.Headers.ContentType;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/musics") { Content = streamed };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
