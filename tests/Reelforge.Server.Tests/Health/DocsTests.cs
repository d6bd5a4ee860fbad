using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Reelforge.Server.Tests.Support;

namespace Reelforge.Server.Tests.Health;

public sealed class DocsTests
{
    [Fact]
    public async Task OpenApiDocument_ListsTheApiV1Paths()
    {
        await using var factory = new ReelforgeApiFactory(runWorker: false);
        using var client = factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/videos", paths);
        Assert.Contains("/api/v1/musics", paths);
        Assert.Contains("/api/v1/video_materials", paths);
        Assert.Contains(paths, p => p.StartsWith("/api/v1/stream/", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.StartsWith("/api/v1/tasks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Docs_ServesScalarsHtmlPointingAtTheDocument()
    {
        await using var factory = new ReelforgeApiFactory(runWorker: false);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
    }
}
