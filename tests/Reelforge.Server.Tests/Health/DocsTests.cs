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
    public async Task OpenApiDocument_ListsEachEndpointsResponses_WithTheirShapes()
    {
        await using var factory = new ReelforgeApiFactory(runWorker: false);
        using var client = factory.CreateClient();

        var paths = (await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        var getTask = Responses(paths, "/api/v1/tasks/{taskId}", "get");
        Assert.Equal(["200", "404"], getTask.Keys.Order());
        Assert.EndsWith("/ApiEnvelopeOfTaskView", getTask["200"]["application/json"], StringComparison.Ordinal);
        Assert.EndsWith("/ApiErrorEnvelope", getTask["404"]["application/json"], StringComparison.Ordinal);

        var createVideo = Responses(paths, "/api/v1/videos", "post");
        Assert.Equal(["200", "400", "415", "422", "429"], createVideo.Keys.Order());
        Assert.EndsWith("/ApiEnvelopeOfTaskCreatedView", createVideo["200"]["application/json"], StringComparison.Ordinal);
        Assert.All(createVideo.Where(r => r.Key != "200"), r => Assert.EndsWith("/ApiErrorEnvelope", r.Value["application/json"], StringComparison.Ordinal));

        var upload = Responses(paths, "/api/v1/musics", "post");
        Assert.Equal(["200", "413", "415", "422"], upload.Keys.Order());

        var events = Responses(paths, "/api/v1/tasks/{taskId}/events", "get");
        Assert.Equal(["200", "404"], events.Keys.Order());
        Assert.Contains("text/event-stream", events["200"].Keys);

        var taskFile = Responses(paths, "/tasks/{taskId}/{file}", "get");
        Assert.Equal(["200", "206", "404"], taskFile.Keys.Order());
        Assert.EndsWith("/ProblemDetails", taskFile["404"]["application/problem+json"], StringComparison.Ordinal);
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

    /// <summary>An operation's responses: status code to (content type to schema reference, empty when there is none).</summary>
    private static Dictionary<string, Dictionary<string, string>> Responses(JsonElement paths, string path, string method) =>
        paths.GetProperty(path).GetProperty(method).GetProperty("responses").EnumerateObject().ToDictionary(
            r => r.Name,
            r => r.Value.TryGetProperty("content", out var content)
                ? content.EnumerateObject().ToDictionary(c => c.Name, c => c.Value.TryGetProperty("schema", out var schema) && schema.TryGetProperty("$ref", out var reference) ? reference.GetString()! : "")
                : []);
}
