using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reelforge.Server.Tests.Api;

/// <summary>Submitting work: videos, the staged variants, batches, and the errors a bad request gets.</summary>
public abstract partial class SubmissionApiTests(ApiBackend backend)
{
    private HttpClient Client => backend.Shared.Client;

    [Fact]
    public async Task PostVideo_ReturnsATaskIdThatCompletesWithAPlayableVideo()
    {
        var taskId = await ApiCalls.SubmitAsync(Client, "/api/v1/videos", ApiCalls.Video());
        Assert.True(Guid.TryParse(taskId, out _), taskId);

        var task = await ApiCalls.WaitCompleteAsync(Client, taskId);

        Assert.Equal(1, task.GetProperty("state").GetInt32());
        Assert.Equal(100, task.GetProperty("progress").GetInt32());
        using var video = await Client.GetAsync(ApiCalls.PathOf(task.GetProperty("videos")[0]));
        Assert.Equal(HttpStatusCode.OK, video.StatusCode);
        Assert.Equal("video/mp4", video.Content.Headers.ContentType?.MediaType);
        Assert.True((await video.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Theory]
    [InlineData("/api/v1/videos")]
    [InlineData("/api/v1/audio")]
    [InlineData("/api/v1/videos/batch")]
    public async Task Post_MalformedJson_Is400SayingTheBodyIsNotJson(string path)
    {
        var (status, body) = await ApiCalls.PostRawAsync(Client, path, "{\"video_script\": \"Volcanoes\", ", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.Contains("not valid JSON", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostVideo_AsFormText_Is415AskingForJson()
    {
        var (status, body) = await ApiCalls.PostRawAsync(Client, "/api/v1/videos", "video_script=Volcanoes", "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Contains("application/json", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetVideos_WrongMethod_Is405WithAnEnvelope()
    {
        var (status, body) = await ApiCalls.SendAsync(Client, HttpMethod.Get, "/api/v1/videos");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal(405, body.GetProperty("status").GetInt32());
        Assert.Contains("GET", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("video_aspect", "\"3:2\"")]
    [InlineData("fps", "500")]
    [InlineData("bgm_file", "\"../../etc/passwd\"")]
    public async Task PostVideo_InvalidField_Is422NamingTheFieldAndQueuesNothing(string field, string value)
    {
        var before = await TotalAsync();
        var json = $"{{\"video_script\": \"{ApiCalls.ShortScript}\", \"{field}\": {value}}}";

        var (status, body) = await ApiCalls.PostRawAsync(Client, "/api/v1/videos", json, "application/json");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(422, body.GetProperty("status").GetInt32());
        Assert.Contains(field, body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await TotalAsync());
    }

    [Fact]
    public async Task PostAudio_FinishesWithAnAudioFileAndNoVideo()
    {
        var taskId = await ApiCalls.SubmitAsync(Client, "/api/v1/audio", ApiCalls.Video());

        var task = await ApiCalls.WaitCompleteAsync(Client, taskId);

        Assert.False(task.TryGetProperty("videos", out _), task.ToString());
        Assert.True(task.GetProperty("audio_duration").GetDouble() > 0.5);
        using var audio = await Client.GetAsync(ApiCalls.PathOf(task.GetProperty("audio_file")));
        Assert.Equal(HttpStatusCode.OK, audio.StatusCode);
        Assert.StartsWith("audio/", audio.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.True((await audio.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task PostSubtitle_FinishesWithAnSrtWhoseTextIsTheScript()
    {
        const string script = "Volcanoes are openings in the crust. Lava flows out of them.";
        var taskId = await ApiCalls.SubmitAsync(Client, "/api/v1/subtitle", ApiCalls.Video(script));

        var task = await ApiCalls.WaitCompleteAsync(Client, taskId);

        Assert.False(task.TryGetProperty("videos", out _), task.ToString());
        var srt = await Client.GetStringAsync(ApiCalls.PathOf(task.GetProperty("subtitle_path")));
        Assert.Matches(@"^1\r?\n\d\d:\d\d:\d\d,\d\d\d --> \d\d:\d\d:\d\d,\d\d\d", srt);
        Assert.Equal(script, SrtText(srt));
    }

    [Fact]
    public async Task PostBatch_ThreeScripts_GivesThreeTasksOfOneBatchThatAllComplete()
    {
        var body = new Dictionary<string, object>
        {
            ["scripts"] = new[] { "Volcanoes are hot.", "Glaciers are cold.", "Deserts are dry." },
            ["defaults"] = ApiCalls.Video(),
        };

        using var response = await Client.PostAsJsonAsync("/api/v1/videos/batch", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
        var batchId = data.GetProperty("batch_id").GetString();
        var ids = data.GetProperty("task_ids").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(3, ids.Distinct().Count());
        foreach (var id in ids)
        {
            var task = await ApiCalls.WaitCompleteAsync(Client, id);
            Assert.Equal(batchId, task.GetProperty("batch_id").GetString());
            Assert.Single(task.GetProperty("videos").EnumerateArray());
        }
    }

    [Fact]
    public async Task PostBatch_WithAnInvalidItem_Is422NamingTheItemAndQueuesNone()
    {
        var before = await TotalAsync();
        var body = new Dictionary<string, object>
        {
            ["scripts"] = new[] { "Volcanoes are hot.", "Glaciers are cold." },
            ["defaults"] = new Dictionary<string, object> { ["video_aspect"] = "3:2" },
        };

        using var response = await Client.PostAsJsonAsync("/api/v1/videos/batch", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString();
        Assert.Contains("video_aspect", message, StringComparison.Ordinal);
        Assert.Equal(before, await TotalAsync());
    }

    /// <summary>The caption text of an SRT file: every cue's lines joined by single spaces.</summary>
    private static string SrtText(string srt) =>
        string.Join(' ', srt.Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !CueNumber().IsMatch(l) && !l.Contains("-->", StringComparison.Ordinal)));

    private async Task<int> TotalAsync() =>
        (await Client.GetFromJsonAsync<JsonElement>("/api/v1/tasks?page_size=1")).GetProperty("data").GetProperty("total").GetInt32();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex CueNumber();
}
