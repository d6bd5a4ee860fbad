using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reelforge.TestSupport;

namespace Reelforge.Cli.Tests;

/// <summary>
/// <c>reelforge generate</c> as a real process against loopback fakes of an OpenAI-compatible LLM and of Pexels,
/// speaking their real wire formats: topic in, finished video out.
/// </summary>
public sealed class GenerateFromProvidersTests : IDisposable
{
    private const string Script = "The Moon does not make its own light.\n\nAs it orbits, we see more or less of its sunlit half.";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string ChatCompletion(string content) => new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = "llama3.2",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 50, ["completion_tokens"] = 40, ["total_tokens"] = 90 },
    }.ToJsonString();

    /// <summary>Answers like a model: the script, then scene terms and metadata as the JSON schemas ask.</summary>
    private static LoopbackResponse FakeLlm(LoopbackRequest request)
    {
        if (request.Path != "/v1/chat/completions")
        {
            return LoopbackResponse.Json("""{"error":{"message":"not found"}}""", 404);
        }

        if (request.Body.Contains("search_terms", StringComparison.Ordinal))
        {
            // Fenced, as models often answer.
            return LoopbackResponse.Json(ChatCompletion(
                "```json\n{\"scenes\":[{\"index\":0,\"search_terms\":[\"full moon\",\"night sky\"]},{\"index\":1,\"search_terms\":[\"moon phases\",\"orbit\"]}]}\n```"));
        }

        if (request.Body.Contains("youtube_shorts", StringComparison.Ordinal))
        {
            return LoopbackResponse.Json(ChatCompletion("""
                {"platforms":[{"platform":"youtube_shorts","title":"Why the Moon changes shape","description":"Moon phases in 20 seconds.","hashtags":["#moon","#space"]},
                 {"platform":"tiktok","title":"Moon phases explained","description":"Sunlight and geometry.","hashtags":["#moon"]},
                 {"platform":"instagram_reels","title":"The Moon's phases","description":"Why it changes.","hashtags":["#astronomy"]}]}
                """));
        }

        return LoopbackResponse.Json(ChatCompletion(Script));
    }

    private async Task<CliProcess.Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir.Path };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reelforge.dll"));
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        psi.Environment["REELFORGE_CACHE_DIR"] = _dir.File("cache");
        foreach (var (key, value) in environment)
        {
            psi.Environment[key] = value;
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return new CliProcess.Result(process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Generate_Topic_WritesTheScriptWithTheLlmAndRendersIt()
    {
        RequiredTool.Require("flite");
        await using var llm = new LoopbackServer(FakeLlm);
        var output = _dir.File("moon.mp4");

        var result = await RunAsync(
            new Dictionary<string, string> { ["Reelforge__Llm__ApiKey"] = "sk-test-secret-key" },
            "generate", "--topic", "Why the Moon has phases", "--llm-provider", "openai-compatible", "--llm-model", "llama3.2",
            "--llm-base-url", new Uri(llm.BaseUrl, "v1").ToString(), "--short-side", "180", "--quality", "draft", "--json", "--out", output);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.DoesNotContain("sk-test-secret-key", result.StandardError + result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(llm.Requests, r => r.Headers.TryGetValue("Authorization", out var auth) && auth == "Bearer sk-test-secret-key");
        Assert.Contains(llm.Requests, r => r.Body.Contains("Why the Moon has phases", StringComparison.Ordinal) && r.Body.Contains("\"llama3.2\"", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal("Why the Moon changes shape", json.RootElement.GetProperty("social")[0].GetProperty("title").GetString());
        var srt = await File.ReadAllTextAsync(Path.ChangeExtension(output, ".srt"));
        var spoken = string.Join(' ', srt.Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.Contains("-->", StringComparison.Ordinal) && !int.TryParse(l, out _)));
        Assert.Equal(string.Join(' ', Script.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), spoken);

        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(output, ".manifest.json")));
        var scenes = manifest.RootElement.GetProperty("inputs").GetProperty("scenes");
        Assert.Equal(2, scenes.GetArrayLength());
        Assert.Equal("full moon", scenes[0].GetProperty("search_terms")[0].GetString());
        Assert.True(manifest.RootElement.GetProperty("llm_usage").GetArrayLength() >= 1);
    }

    [Fact]
    public async Task Generate_PexelsFootage_DownloadsClipsAndUsesThemWithCredits()
    {
        RequiredTool.Require("flite");
        var clip = MediaFixtures.Video(_dir.Path, "ocean.mp4", 360, 640, 6);
        await using var pexels = new LoopbackServer(request =>
            request.Path.StartsWith("/videos/search", StringComparison.Ordinal)
                ? LoopbackResponse.Json($$"""
                    {"page":1,"per_page":15,"total_results":1,"videos":[{"id":1001,"width":360,"height":640,"duration":6,
                      "url":"https://www.pexels.com/video/ocean-waves-at-dusk-1001/","user":{"name":"Jane Doe","url":"https://www.pexels.com/@jane"},
                      "video_files":[{"id":1,"quality":"sd","file_type":"video/mp4","width":360,"height":640,"link":"{{new Uri(PexelsBase(request), "media/ocean.mp4")}}"}]}]}
                    """)
                : request.Path.StartsWith("/v1/search", StringComparison.Ordinal)
                    ? LoopbackResponse.Json("""{"page":1,"per_page":15,"total_results":0,"photos":[]}""")
                    : request.Path == "/media/ocean.mp4"
                        ? LoopbackResponse.File(clip, "video/mp4")
                        : LoopbackResponse.Json("{}", 404));
        var output = _dir.File("ocean.mp4".Replace("ocean", "out", StringComparison.Ordinal));

        var result = await RunAsync(
            new Dictionary<string, string>
            {
                ["Reelforge__Footage__Pexels__ApiKeys__0"] = "pexels-test-key",
                ["Reelforge__Footage__Pexels__BaseUrl"] = pexels.BaseUrl.ToString(),
                ["Reelforge__Footage__AllowLoopbackForTests"] = "true",
                ["Reelforge__Footage__CacheDirectory"] = _dir.File("footage-cache"),
            },
            "generate", "--script", "Ocean waves roll in at dusk.", "--footage", "pexels", "--short-side", "180", "--quality", "draft", "--out", output);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains(pexels.Requests, r => r.Path == "/videos/search" && r.Headers.TryGetValue("Authorization", out var key) && key == "pexels-test-key");
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(output, ".manifest.json")));
        var first = manifest.RootElement.GetProperty("timeline").GetProperty("clips")[0];
        Assert.Equal("pexels", first.GetProperty("source").GetString());
        Assert.Equal("pexels:1001", first.GetProperty("id").GetString());
        Assert.Equal("Jane Doe", first.GetProperty("author").GetString());
    }

    [Fact]
    public async Task Generate_TopicScriptTooLongForTarget_IsShortenedOnceAndSpokenAgain()
    {
        RequiredTool.Require("flite");
        const string Long = "The Moon is our closest neighbour in space, about three hundred and eighty thousand kilometres away. It has no light of its own at all.\n\n"
            + "Sunlight always falls on one half of it, and as it travels around the Earth each month we see that bright half from changing angles.";
        const string Short = "The Moon shines with borrowed sunlight.\n\nWe see its lit half from changing angles.";
        await using var llm = new LoopbackServer(request =>
            request.Body.Contains("Rewrite it shorter", StringComparison.Ordinal) ? LoopbackResponse.Json(ChatCompletion(Short))
            : request.Body.Contains("search_terms", StringComparison.Ordinal) || request.Body.Contains("youtube_shorts", StringComparison.Ordinal) ? FakeLlm(request)
            : LoopbackResponse.Json(ChatCompletion(Long)));
        var output = _dir.File("short.mp4");

        var result = await RunAsync(
            new Dictionary<string, string> { ["Reelforge__Llm__Provider"] = "openai-compatible", ["Reelforge__Llm__BaseUrl"] = new Uri(llm.BaseUrl, "v1").ToString(), ["Reelforge__Llm__Model"] = "m" },
            "generate", "--topic", "Moon phases", "--target-seconds", "6", "--short-side", "180", "--quality", "draft", "--out", output);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Single(llm.Requests, r => r.Body.Contains("Rewrite it shorter", StringComparison.Ordinal));
        var srt = await File.ReadAllTextAsync(Path.ChangeExtension(output, ".srt"));
        var spoken = string.Join(' ', srt.Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.Contains("-->", StringComparison.Ordinal) && !int.TryParse(l, out _)));
        Assert.Equal(string.Join(' ', Short.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), spoken);
    }

    [Fact]
    public async Task Generate_OpenAiVoice_NarratesThroughTheSpeechApiAndRenders()
    {
        RequiredTool.Require("flite");
        const string Story = "Lava cools into new rock. Ash clouds can circle the planet.";
        var spoken = 0;
        // the fake answers with real speech: flite's WAV (16 kHz) of the text it was sent
        await using var speech = new FakeSpeechApis
        {
            OpenAiWav = text =>
            {
                var wav = _dir.File($"spoken-{Interlocked.Increment(ref spoken)}.wav");
                RequiredTool.Run("flite", "-voice", "slt", "-t", text, "-o", wav);
                return File.ReadAllBytes(wav);
            },
        };
        var output = _dir.File("cloud.mp4");

        var result = await RunAsync(
            new Dictionary<string, string>
            {
                ["Reelforge__Speech__OpenAI__ApiKey"] = speech.OpenAiKey,
                ["Reelforge__Speech__OpenAI__BaseUrl"] = speech.BaseUrl.ToString(),
            },
            "generate", "--script", Story, "--voice", "openai:alloy", "--short-side", "180", "--quality", "draft", "--out", output);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.DoesNotContain(speech.OpenAiKey, result.StandardError + result.StandardOutput, StringComparison.Ordinal);
        var requests = speech.Requests.Where(r => r.Path == "/v1/audio/speech").ToList();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Contains("\"voice\":\"alloy\"", r.Body, StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Body.Contains("\"input\":\"Lava cools into new rock.\"", StringComparison.Ordinal));

        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(output, ".manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal("openai:alloy", root.GetProperty("voice").GetProperty("key").GetString());
        var sentences = root.GetProperty("narration").GetProperty("sentences");
        Assert.Equal(2, sentences.GetArrayLength());
        // flite speaks each sentence for about two seconds; the video is the narration plus the tail
        var narration = root.GetProperty("narration").GetProperty("duration").GetDouble();
        Assert.InRange(narration, 2.5, 8);
        Assert.InRange(root.GetProperty("output").GetProperty("duration").GetDouble(), narration + 1, narration + 2.2);
        Assert.Equal("syllable_weighted", sentences[0].GetProperty("timing").GetString());
    }

    [Fact]
    public async Task Generate_OpenAiVoiceWithRefusedKey_ExitsWithTheReason()
    {
        await using var speech = new FakeSpeechApis();

        var result = await RunAsync(
            new Dictionary<string, string>
            {
                ["Reelforge__Speech__OpenAI__ApiKey"] = "sk-refused-key-0000",
                ["Reelforge__Speech__OpenAI__BaseUrl"] = speech.BaseUrl.ToString(),
            },
            "generate", "--script", "Lava cools.", "--voice", "openai:alloy", "--short-side", "180", "--out", _dir.File("refused.mp4"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("The OpenAI speech key was refused (HTTP 401", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-refused-key-0000", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("refused.mp4")));
    }

    private static Uri PexelsBase(LoopbackRequest request) => new($"http://{request.Headers["Host"]}/");
}
