using System.Text.Json.Nodes;
using Reelforge.Core.Requests;
using Reelforge.Core.Writing;
using Reelforge.Providers.Llm;
using Reelforge.Providers.Tests.Llm;
using Reelforge.Providers.Writing;
using Reelforge.TestSupport;

namespace Reelforge.Providers.Tests.Writing;

public sealed class LlmScriptWriterTests : IDisposable
{
    private const string Script = "Volcanoes are windows into the Earth.\n\nLava flows downhill and cools into rock.\n\nSome islands were born from eruptions.";
    private const string Terms = """{"scenes":[{"index":0,"search_terms":["volcano crater","smoke"]},{"index":1,"search_terms":["lava flow","black rock","steam"]},{"index":2,"search_terms":["tropical island","aerial coast"]}]}""";
    private const string Metadata = """{"platforms":[{"platform":"youtube_shorts","title":"Why volcanoes matter","description":"Fire under our feet.","hashtags":["volcano","#science"]},{"platform":"tiktok","title":"Lava facts","description":"Hot.","hashtags":["#lava"]}]}""";

    private readonly TempDirectory _cache = new();
    private readonly CapturingLoggerFactory _logs = new();

    [Fact]
    public async Task WriteScript_SendsLanguageAndLengthPrompt_ThenSchemaTermsRequest_AndParsesScenes()
    {
        await using var server = new FakeLlmServer(Answer);
        var writer = Writer(server);

        var draft = await writer.WriteScriptAsync(new ScriptBrief("Volcanoes", Language: "en", TargetSeconds: 30, Paragraphs: 3, Tone: "awed"), CancellationToken.None);

        Assert.Equal("en", draft.Language);
        Assert.Equal(["Volcanoes are windows into the Earth.", "Lava flows downhill and cools into rock.", "Some islands were born from eruptions."], draft.Scenes.Select(s => s.Text));
        Assert.Equal(["volcano crater", "smoke"], draft.Scenes[0].Terms);
        Assert.Equal(["lava flow", "black rock", "steam"], draft.Scenes[1].Terms);

        Assert.Equal(2, server.Requests.Count);
        var scriptRequest = server.Requests[0].Json;
        Assert.Equal("test-model", scriptRequest["model"]!.GetValue<string>());
        var user = scriptRequest["messages"]![1]!["content"]!.GetValue<string>();
        Assert.Contains("Topic: Volcanoes", user);
        Assert.Contains("English", user);
        Assert.Contains("about 75 words", user);
        Assert.Contains("exactly 3", user);
        Assert.Contains("Tone: awed", user);
        Assert.Contains("welcome to", scriptRequest["messages"]![0]!["content"]!.GetValue<string>());

        var format = server.Requests[1].Json["response_format"]!;
        Assert.Equal("json_schema", format["type"]!.GetValue<string>());
        Assert.Equal("scene_terms", format["json_schema"]!["name"]!.GetValue<string>());
        Assert.NotNull(format["json_schema"]!["schema"]!["properties"]!["scenes"]);

        Assert.Equal(["script", "scene-terms"], draft.Usage.Select(u => u.Purpose));
        Assert.All(draft.Usage, u => Assert.False(u.Cached));
        Assert.Equal(12, draft.Usage[0].InputTokens);
        Assert.Equal(34, draft.Usage[0].OutputTokens);
        Assert.Equal("ollama", draft.Usage[0].Provider);
    }

    [Fact]
    public async Task WriteScript_SecondIdenticalCall_ComesFromCacheWithoutHttp()
    {
        await using var server = new FakeLlmServer(Answer);
        var brief = new ScriptBrief("Volcanoes", Language: "en", Paragraphs: 3);

        await Writer(server).WriteScriptAsync(brief, CancellationToken.None);
        var requestsAfterFirst = server.Requests.Count;
        var again = await Writer(server).WriteScriptAsync(brief, CancellationToken.None);

        Assert.Equal(requestsAfterFirst, server.Requests.Count);
        Assert.All(again.Usage, u => Assert.True(u.Cached));
        Assert.Equal(12, again.Usage[0].InputTokens);
        Assert.Equal(["volcano crater", "smoke"], again.Scenes[0].Terms);

        await Writer(server, bypassCache: true).WriteScriptAsync(brief, CancellationToken.None);
        Assert.Equal(requestsAfterFirst * 2, server.Requests.Count);
    }

    [Fact]
    public async Task SuggestTerms_FencedJsonWithThinking_IsParsed()
    {
        await using var server = new FakeLlmServer(_ => FakeReply.Chat("<think>the user wants terms</think>\n```json\n{\"scenes\": [{\"index\": 0, \"search_terms\": [\"city night\", \"traffic\",]}]}\n```\nLet me know!"));

        var scenes = await Writer(server).SuggestTermsAsync([new SceneSpec("La ciudad nunca duerme.")], "es", CancellationToken.None);

        Assert.Equal(["city night", "traffic"], scenes[0].Terms);
        Assert.Single(server.Requests);
        Assert.Contains("Spanish", server.Requests[0].Json["messages"]![1]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task SuggestTerms_MalformedJson_AsksOnceForAFix()
    {
        await using var server = FakeLlmServer.Sequence(FakeReply.Chat("Sorry, here are terms: city, traffic"), FakeReply.Chat("""{"scenes":[{"index":0,"search_terms":["city skyline","rush hour"]}]}"""));
        var writer = Writer(server);

        var scenes = await writer.SuggestTermsAsync([new SceneSpec("Cities never sleep.")], "en", CancellationToken.None);

        Assert.Equal(["city skyline", "rush hour"], scenes[0].Terms);
        Assert.Equal(2, server.Requests.Count);
        var repairMessages = server.Requests[1].Json["messages"]!.AsArray();
        Assert.Equal("assistant", repairMessages[2]!["role"]!.GetValue<string>());
        Assert.Contains("not valid JSON", repairMessages[3]!["content"]!.GetValue<string>());
        Assert.Equal(["scene-terms", "scene-terms-repair"], writer.Usage.Select(u => u.Purpose));

        // The repaired answer is cached under the original prompt.
        await Writer(server).SuggestTermsAsync([new SceneSpec("Cities never sleep.")], "en", CancellationToken.None);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task SuggestTerms_HopelessJson_FallsBackToKeywords()
    {
        await using var server = new FakeLlmServer(_ => FakeReply.Chat("no idea"));

        var scenes = await Writer(server).SuggestTermsAsync([new SceneSpec("Glaciers carve deep valleys over glaciers' long lives.")], "en", CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("glaciers", scenes[0].Terms);
        Assert.InRange(scenes[0].Terms.Count, 2, 4);
    }

    [Fact]
    public async Task WriteMetadata_ParsesPlatforms_AndFillsAMissingOneFromKeywords()
    {
        await using var server = new FakeLlmServer(Answer);

        var metadata = await Writer(server).WriteMetadataAsync(Script, "en", CancellationToken.None);

        Assert.Equal(["youtube_shorts", "tiktok", "instagram_reels"], metadata.Select(m => m.Platform));
        Assert.Equal("Why volcanoes matter", metadata[0].Title);
        Assert.Equal(["#volcano", "#science"], metadata[0].Hashtags);
        Assert.Equal("Volcanoes are windows into the Earth.", metadata[2].Title);
        Assert.Equal("social_metadata", server.Requests[0].Json["response_format"]!["json_schema"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Anthropic_WritesScript_WithSchemaAsInstruction()
    {
        await using var server = new FakeLlmServer(r => r.Body.Contains("scene_terms", StringComparison.Ordinal) || r.Body.Contains("search_terms", StringComparison.Ordinal)
            ? FakeReply.Anthropic(Terms)
            : FakeReply.Anthropic(Script));
        var options = new LlmOptions { Provider = "anthropic", BaseUrl = server.BaseUrl, ApiKey = "ant-secret-key-123" };
        var writer = ScriptWriterFactory.Create(options, _cache.Path, loggerFactory: _logs);

        var draft = await writer.WriteScriptAsync(new ScriptBrief("Volcanoes", Paragraphs: 3), CancellationToken.None);

        Assert.Equal(3, draft.Scenes.Count);
        Assert.Equal(["tropical island", "aerial coast"], draft.Scenes[2].Terms);
        Assert.Contains("JSON schema", server.Requests[1].Json["system"]!.ToJsonString());
        Assert.Null(server.Requests[1].Json["output_config"]);
        Assert.Null(server.Requests[1].Json["output_format"]);
        Assert.Equal("anthropic", draft.Usage[0].Provider);
        Assert.Equal(21, draft.Usage[0].InputTokens);
        Assert.DoesNotContain("ant-secret-key-123", _logs.All);
    }

    [Fact]
    public void Factory_WithoutProvider_GivesTheKeywordWriter() =>
        Assert.IsType<KeywordScriptWriter>(ScriptWriterFactory.Create(new LlmOptions(), _cache.Path));

    public void Dispose()
    {
        _cache.Dispose();
        _logs.Dispose();
    }

    private static FakeReply Answer(RecordedRequest request)
    {
        var format = request.Json["response_format"]?["json_schema"]?["name"]?.GetValue<string>();
        return format switch
        {
            "scene_terms" => FakeReply.Chat(Terms),
            "social_metadata" => FakeReply.Chat(Metadata),
            _ => FakeReply.Chat(Script),
        };
    }

    private LlmScriptWriter Writer(FakeLlmServer server, bool bypassCache = false)
    {
        var options = new LlmOptions { Provider = "ollama", BaseUrl = server.BaseUrl + "/v1", Model = "test-model" };
        return (LlmScriptWriter)ScriptWriterFactory.Create(options, _cache.Path, bypassCache, _logs);
    }
}
