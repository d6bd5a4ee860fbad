using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Reelforge.TestSupport;

namespace Reelforge.Mcp.Tests;

/// <summary>The C# SDK's client over stdio against the built <c>reelforge mcp</c>, as a desktop agent would use it.</summary>
public sealed class StdioMcpTests(StdioServer server) : IClassFixture<StdioServer>
{
    private static readonly string[] ToolNames =
        ["create_video", "get_task", "list_tasks", "cancel_task", "wait_for_task", "generate_script", "generate_terms", "list_voices", "list_music", "search_footage"];

    private McpClient Client => server.Client;

    [Fact]
    public async Task ListTools_OffersEveryToolWithDescriptionsEnumsAndDefaults()
    {
        var tools = await Client.ListToolsAsync();

        Assert.Equal(ToolNames.Order(StringComparer.Ordinal), tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(tools, t => Assert.False(string.IsNullOrWhiteSpace(t.Description), $"{t.Name} has no description"));
        var properties = tools.Single(t => t.Name == "create_video").JsonSchema.GetProperty("properties");
        var aspect = properties.GetProperty("aspect");
        Assert.Equal(["9:16", "16:9", "1:1", "4:5"], aspect.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("9:16", aspect.GetProperty("default").GetString());
        Assert.Equal(["sentence", "words", "off"], properties.GetProperty("captions").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("standard", properties.GetProperty("quality").GetProperty("default").GetString());
        foreach (var option in new[] { "topic", "script", "scenes", "voice", "music", "transition", "quality", "short_side", "no_voice" })
        {
            Assert.True(properties.TryGetProperty(option, out _), $"create_video has no {option} argument");
        }

        var wait = tools.Single(t => t.Name == "wait_for_task").JsonSchema;
        Assert.Equal(["task_id"], wait.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task CreateVideo_ThenWaitForTask_ReportsRisingProgressAndExposesTheFilesAsResources()
    {
        var created = ToolResults.Json(await Client.CallToolAsync("create_video", SmallVideo.Arguments()));
        var taskId = created.GetProperty("task_id").GetString()!;
        Assert.Equal($"reelforge://tasks/{taskId}/final-1.mp4", created.GetProperty("resources")[0].GetString());

        var progress = new ProgressLog();
        var waited = ToolResults.Json(await Client.CallToolAsync("wait_for_task", new Dictionary<string, object?> { ["task_id"] = taskId, ["timeout_seconds"] = 240 }, progress));

        var task = waited.GetProperty("task");
        Assert.True(waited.GetProperty("finished").GetBoolean(), $"not finished: {waited}\n{server.StandardError}");
        Assert.Equal("complete", task.GetProperty("status").GetString());
        var values = await progress.ReachingAsync(100, TimeSpan.FromSeconds(5));
        Assert.True(values.Count >= 3, $"only {values.Count} progress notifications");
        Assert.True(values.Zip(values.Skip(1)).All(p => p.Second.Progress > p.First.Progress), string.Join(", ", values.Select(v => v.Progress)));
        Assert.Equal(100, values[^1].Progress);
        Assert.All(values, v => Assert.Equal(100, v.Total));

        // Over stdio the result URL is the file itself.
        var videoUrl = new Uri(task.GetProperty("videos")[0].GetString()!);
        Assert.True(videoUrl.IsFile, videoUrl.ToString());
        Assert.StartsWith(Path.GetFullPath(server.DataDirectory), videoUrl.LocalPath, StringComparison.Ordinal);
        var probe = RequiredTool.Run("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height", "-of", "csv=p=0", videoUrl.LocalPath);
        Assert.Equal("180,320", probe.Trim());

        var listed = (await Client.ListResourcesAsync()).Where(r => r.Uri.Contains(taskId, StringComparison.Ordinal)).ToList();
        var names = listed.Select(r => r.Uri[(r.Uri.LastIndexOf('/') + 1)..]).ToList();
        Assert.Contains("final-1.mp4", names);
        Assert.Contains("final-1.srt", names);
        Assert.Contains("final-1.manifest.json", names);
        Assert.Equal(names.Order(StringComparer.Ordinal), waited.GetProperty("resources").EnumerateArray().Select(r => r.GetString()![(r.GetString()!.LastIndexOf('/') + 1)..]));

        var video = Assert.IsType<BlobResourceContents>(Assert.Single((await Client.ReadResourceAsync($"reelforge://tasks/{taskId}/final-1.mp4")).Contents));
        var bytes = video.DecodedData.ToArray();
        Assert.Equal("video/mp4", video.MimeType);
        Assert.Equal(new FileInfo(videoUrl.LocalPath).Length, bytes.Length);
        Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(bytes, 4, 4));

        var srt = Assert.IsType<TextResourceContents>(Assert.Single((await Client.ReadResourceAsync($"reelforge://tasks/{taskId}/final-1.srt")).Contents));
        Assert.Contains("Volcanoes", srt.Text, StringComparison.Ordinal);
        Assert.Contains("00:00:00,000 --> ", srt.Text, StringComparison.Ordinal);

        var manifest = Assert.IsType<TextResourceContents>(Assert.Single((await Client.ReadResourceAsync($"reelforge://tasks/{taskId}/final-1.manifest.json")).Contents));
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(manifest.Text).RootElement.ValueKind);

        var templates = await Client.ListResourceTemplatesAsync();
        Assert.Contains(templates, t => t.UriTemplate == "reelforge://tasks/{task_id}/{file}");
    }

    [Fact]
    public async Task CancelTask_StopsTheTask_AndWaitForTaskReturnsItCancelled()
    {
        var created = ToolResults.Json(await Client.CallToolAsync("create_video", SmallVideo.Arguments(SmallVideo.LongScript)));
        var taskId = created.GetProperty("task_id").GetString()!;

        var cancelled = ToolResults.Json(await Client.CallToolAsync("cancel_task", new Dictionary<string, object?> { ["task_id"] = taskId }));
        var waited = ToolResults.Json(await Client.CallToolAsync("wait_for_task", new Dictionary<string, object?> { ["task_id"] = taskId, ["timeout_seconds"] = 30 }));
        var got = ToolResults.Json(await Client.CallToolAsync("get_task", new Dictionary<string, object?> { ["task_id"] = taskId }));

        Assert.Equal(taskId, cancelled.GetProperty("task").GetProperty("task_id").GetString());
        Assert.True(waited.GetProperty("finished").GetBoolean(), waited.ToString());
        Assert.Equal("cancelled", waited.GetProperty("task").GetProperty("status").GetString());
        Assert.Equal("cancelled", got.GetProperty("task").GetProperty("status").GetString());
        Assert.Empty(got.GetProperty("resources").EnumerateArray());
        var listed = ToolResults.Json(await Client.CallToolAsync("list_tasks", new Dictionary<string, object?> { ["status"] = "cancelled" }));
        Assert.Contains(listed.GetProperty("tasks").EnumerateArray(), t => t.GetProperty("task").GetProperty("task_id").GetString() == taskId);
    }

    [Theory]
    [InlineData("create_video", """{"script": "Hi.", "aspect": "4:3"}""", "aspect must be 9:16, 16:9, 1:1 or 4:5, not '4:3'")]
    [InlineData("create_video", """{"script": "Hi.", "captions": "loud"}""", "captions must be sentence, words or off")]
    [InlineData("create_video", """{"script": "Hi.", "short_side": 181}""", "short_side must be an even number of pixels")]
    [InlineData("create_video", """{"script": "Hi.", "fps": "fast"}""", "fps must be an integer, not \"fast\"")]
    [InlineData("create_video", """{"script": "Hi.", "music": "missing.mp3"}""", "music names no track in the music library: 'missing.mp3'")]
    [InlineData("create_video", """{"script": "Hi.", "voice": "robot"}""", "voice must be ENGINE:VOICE")]
    [InlineData("create_video", """{"script": "Hi.", "voice_rate": 9}""", "voice_rate must be between 0.5 and 2")]
    [InlineData("create_video", """{"topic": "Volcanoes"}""", "script is empty and no LLM is configured")]
    [InlineData("create_video", """{}""", "Nothing to narrate: give topic, script or scenes")]
    [InlineData("create_video", """{"scenes": [{"text": "One."}, {"text": " "}]}""", "scenes[1].text is empty")]
    [InlineData("create_video", """{"scenes": [{"text": 5}]}""", "scenes[0].text must be a string, not 5")]
    [InlineData("create_video", """{"scenes": [{"text": "One.", "stock": [{"source": "youtube", "id": "1", "download_url": "https://x.test/a.mp4"}]}]}""", "scenes[0].stock[0].source must be pexels or pixabay")]
    [InlineData("create_video", """{"scenes": [{"text": "One.", "stock": [{"source": "pexels", "id": "1", "download_url": "not a url"}]}]}""", "scenes[0].stock[0].download_url must be the absolute URL")]
    [InlineData("list_tasks", """{"page_size": 500}""", "page_size must be between 1 and 100, not 500")]
    [InlineData("list_tasks", """{"status": "done"}""", "status must be queued, processing, retry_wait, complete, failed or cancelled")]
    [InlineData("get_task", """{}""", "task_id is required")]
    [InlineData("get_task", """{"task_id": "nope"}""", "task_id: there is no task 'nope'")]
    [InlineData("cancel_task", """{"task_id": "0b6c0c8e-0000-4000-8000-000000000000"}""", "task_id: there is no task")]
    [InlineData("wait_for_task", """{"task_id": "nope", "timeout_seconds": 0}""", "timeout_seconds must be between 1 and 600, not 0")]
    [InlineData("generate_script", """{"topic": "Volcanoes"}""", "No LLM is configured")]
    [InlineData("generate_script", """{"topic": "Volcanoes", "paragraphs": 99}""", "paragraphs must be between 1 and 30")]
    [InlineData("generate_terms", """{}""", "topic or script is required")]
    [InlineData("search_footage", """{"terms": []}""", "terms must hold at least one search term")]
    [InlineData("search_footage", """{"terms": ["lava"], "sources": ["pexels"]}""", "sources must be one of library, not 'pexels'")]
    public async Task InvalidArguments_ComeBackAsToolErrorsThatNameTheArgument(string tool, string arguments, string expected)
    {
        var args = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(arguments)!.ToDictionary(p => p.Key, p => (object?)p.Value);

        var message = ToolResults.Error(await Client.CallToolAsync(tool, args));

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadResource_OfAFileThatIsNotThere_IsAProtocolErrorWithoutInternals()
    {
        var error = await Assert.ThrowsAsync<McpProtocolException>(() => Client.ReadResourceAsync("reelforge://tasks/0b6c0c8e-0000-4000-8000-000000000000/../../etc/passwd").AsTask());

        Assert.Contains("Resource not found", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListVoicesMusicTermsAndFootage_AnswerFromThisMachine()
    {
        var musics = Path.Combine(server.DataDirectory, "musics");
        Directory.CreateDirectory(musics);
        await File.WriteAllBytesAsync(Path.Combine(musics, "calm bed.mp3"), new byte[1234]);

        var voices = ToolResults.Json(await Client.CallToolAsync("list_voices", new Dictionary<string, object?> { ["language"] = "en" }));
        var music = ToolResults.Json(await Client.CallToolAsync("list_music"));
        var terms = ToolResults.Json(await Client.CallToolAsync("generate_terms", new Dictionary<string, object?> { ["script"] = "Lava flows from the volcano into the ocean.", ["amount"] = 3 }));
        var footage = ToolResults.Json(await Client.CallToolAsync("search_footage", new Dictionary<string, object?> { ["terms"] = new[] { "lava" } }));

        Assert.Contains(voices.GetProperty("voices").EnumerateArray(), v => v.GetProperty("voice").GetString() == "flite:slt");
        Assert.All(voices.GetProperty("voices").EnumerateArray(), v => Assert.Contains(v.GetProperty("languages").EnumerateArray(), l => l.GetString()!.StartsWith("en", StringComparison.Ordinal)));
        var track = Assert.Single(music.GetProperty("music").EnumerateArray());
        Assert.Equal("calm bed.mp3", track.GetProperty("file").GetString());
        Assert.Equal(1234, track.GetProperty("size").GetInt32());
        var words = terms.GetProperty("search_terms").EnumerateArray().Select(t => t.GetString()!).ToList();
        Assert.InRange(words.Count, 1, 3);
        Assert.Contains(words, w => w.Contains("lava", StringComparison.OrdinalIgnoreCase) || w.Contains("volcano", StringComparison.OrdinalIgnoreCase) || w.Contains("ocean", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["library"], footage.GetProperty("searched").EnumerateArray().Select(s => s.GetString()));
        Assert.Empty(footage.GetProperty("items").EnumerateArray());
    }
}
