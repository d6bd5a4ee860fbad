using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Api;

/// <summary>API keys, voices, script and terms writing, and task files served with ranges.</summary>
public abstract class ServiceApiTests(ApiBackend backend)
{
    private const string Key = "rf-key-8c1d2e";

    private HttpClient Client => backend.Shared.Client;

    [Fact]
    public async Task ApiKeys_Configured_RefuseMissingOrWrongKeysAndAcceptHeaderOrBearer()
    {
        await using var host = await backend.StartAsync(new Dictionary<string, string?> { ["Server:ApiKeys:0"] = Key }, runWorker: false);

        Assert.Equal(HttpStatusCode.Unauthorized, await ListStatusAsync(host.Client, null));
        Assert.Equal(HttpStatusCode.Unauthorized, await ListStatusAsync(host.Client, r => r.Headers.Add("X-API-Key", "rf-key-wrong")));
        Assert.Equal(HttpStatusCode.Unauthorized, await ListStatusAsync(host.Client, r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "rf-key-wrong")));
        Assert.Equal(HttpStatusCode.OK, await ListStatusAsync(host.Client, r => r.Headers.Add("X-API-Key", Key)));
        Assert.Equal(HttpStatusCode.OK, await ListStatusAsync(host.Client, r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key)));
    }

    [Fact]
    public async Task ApiKeys_Missing_Is401WithAnEnvelopeSayingHowToSendOne()
    {
        await using var host = await backend.StartAsync(new Dictionary<string, string?> { ["Server:ApiKeys:0"] = Key }, runWorker: false);

        using var response = await host.Client.PostAsJsonAsync("/api/v1/videos", ApiCalls.Video());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, body.GetProperty("status").GetInt32());
        Assert.Contains("X-API-Key", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Voices_ListFliteSlt()
    {
        RequiredTool.Require("flite");

        var data = (await Client.GetFromJsonAsync<JsonElement>("/api/v1/voices")).GetProperty("data");

        var voices = data.GetProperty("voices").EnumerateArray().ToList();
        var slt = Assert.Single(voices, v => v.GetProperty("voice").GetString() == "flite:slt");
        Assert.Equal("flite", slt.GetProperty("engine").GetString());
        Assert.Contains(slt.GetProperty("languages").EnumerateArray(), l => l.GetString()!.StartsWith("en", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scripts_WithoutAnLlmConfigured_Is400SayingToConfigureOne()
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/scripts", new { video_subject = "volcanoes" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString();
        Assert.Contains("No LLM is configured", message, StringComparison.Ordinal);
        Assert.Contains("Llm:Provider", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Terms_Offline_ReturnsKeywordsOfTheSubject()
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/terms", new { video_subject = "volcanoes erupting lava under the ocean", amount = 3 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var terms = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("video_terms")
            .EnumerateArray().Select(t => t.GetString()!).ToList();
        Assert.InRange(terms.Count, 1, 3);
        Assert.Contains(terms, t => t.Contains("volcano", StringComparison.OrdinalIgnoreCase) || t.Contains("lava", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Terms_WithoutSubjectOrScript_Is422NamingVideoSubject()
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/terms", new { amount = 3 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("video_subject", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskFile_WithARange_Is206WithExactlyThoseBytes()
    {
        var taskId = await ApiCalls.SubmitAsync(Client, "/api/v1/videos", ApiCalls.Video());
        var video = ApiCalls.PathOf((await ApiCalls.WaitCompleteAsync(Client, taskId)).GetProperty("videos")[0]);
        var whole = await Client.GetByteArrayAsync(video);
        using var request = new HttpRequestMessage(HttpMethod.Get, video);
        request.Headers.Range = new RangeHeaderValue(100, 199);

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 100-199/{whole.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(whole[100..200], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("bytes", response.Headers.AcceptRanges.Single());
    }

    [Fact]
    public async Task TaskFile_OutsideTheTaskDirectory_IsNotServed()
    {
        var (status, _) = await ApiCalls.SendAsync(Client, HttpMethod.Get, $"/tasks/{Guid.NewGuid()}/..%2F..%2Freelforge.db");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    private static async Task<HttpStatusCode> ListStatusAsync(HttpClient client, Action<HttpRequestMessage>? authorize)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tasks");
        authorize?.Invoke(request);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
