using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Core.Requests;
using Reelforge.Core.Text;
using Reelforge.Core.Writing;
using Reelforge.Providers.Llm;

namespace Reelforge.Providers.Writing;

/// <summary>
/// Writes scripts, scene search terms and social metadata with an LLM. Every answer is cached on disk
/// by (provider, model, prompt); structured answers are requested with a JSON schema, read leniently,
/// and repaired once by asking the model; if that fails too, keywords stand in.
/// </summary>
/// <param name="provider">The configured (primary) provider: part of the cache key.</param>
/// <param name="model">The configured (primary) model: part of the cache key.</param>
/// <param name="bypassCache">Ignore cached answers (fresh answers are still stored).</param>
public sealed class LlmScriptWriter(
    IChatClient chatClient,
    string provider,
    string model,
    string cacheDirectory,
    bool bypassCache = false,
    ILogger<LlmScriptWriter>? logger = null) : IScriptWriter
{
    private readonly LlmResponseCache _cache = new(cacheDirectory);
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;
    private readonly Lock _usageGate = new();
    private readonly List<LlmUsage> _usage = [];

    /// <summary>Every call this writer made (or answered from cache), in order.</summary>
    public IReadOnlyList<LlmUsage> Usage
    {
        get
        {
            lock (_usageGate)
            {
                return [.. _usage];
            }
        }
    }

    public async Task<ScriptDraft> WriteScriptAsync(ScriptBrief brief, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(brief);
        if (string.IsNullOrWhiteSpace(brief.Topic))
        {
            throw new ArgumentException("The brief needs a topic.", nameof(brief));
        }

        var language = string.IsNullOrWhiteSpace(brief.Language) ? LanguageDetector.Detect(brief.Topic) : brief.Language.Trim();
        var usage = new List<LlmUsage>();
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, ScriptPrompts.ScriptSystem),
            new(ChatRole.User, ScriptPrompts.ScriptUser(brief, language)),
        };
        var answer = await AskAsync("script", messages, new ChatOptions { Temperature = 0.8f }, usage, cancellationToken);
        var paragraphs = NarrationCleaner.Paragraphs(answer.Text, ScriptPrompts.SceneCount(brief));
        if (paragraphs.Count == 0)
        {
            throw new InvalidOperationException($"The model ({answer.Provider}/{answer.Model}) returned no narration for '{brief.Topic}'.");
        }

        if (!answer.FromCache)
        {
            await StoreAsync(answer, cancellationToken);
        }

        var scenes = await TermsAsync([.. paragraphs.Select(p => new SceneSpec(p))], language, usage, cancellationToken);
        return new ScriptDraft(language, scenes, usage);
    }

    public async Task<ScriptDraft> ShortenAsync(ScriptDraft draft, double targetSeconds, double narratedSeconds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var usage = new List<LlmUsage>();
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, ScriptPrompts.ScriptSystem),
            new(ChatRole.User, ScriptPrompts.ShortenUser(draft, targetSeconds, narratedSeconds)),
        };
        var answer = await AskAsync("shorten", messages, new ChatOptions { Temperature = 0.4f }, usage, cancellationToken);
        var paragraphs = NarrationCleaner.Paragraphs(answer.Text, draft.Scenes.Count);
        if (paragraphs.Count == 0)
        {
            return draft;
        }

        if (!answer.FromCache)
        {
            await StoreAsync(answer, cancellationToken);
        }

        // The same scenes in the same order keep their search terms; a different count gets new ones.
        var scenes = paragraphs.Count == draft.Scenes.Count
            ? paragraphs.Select((p, i) => draft.Scenes[i] with { Text = p }).ToList()
            : await TermsAsync([.. paragraphs.Select(p => new SceneSpec(p))], draft.Language, usage, cancellationToken);
        return new ScriptDraft(draft.Language, scenes, [.. draft.Usage, .. usage]);
    }

    public async Task<IReadOnlyList<SceneSpec>> SuggestTermsAsync(IReadOnlyList<SceneSpec> scenes, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenes);
        if (scenes.Count == 0 || scenes.All(s => s.Terms.Count > 0))
        {
            return scenes;
        }

        return await TermsAsync(scenes, language, [], cancellationToken);
    }

    public async Task<IReadOnlyList<SocialMetadata>> WriteMetadataAsync(string script, string language, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(script);
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, ScriptPrompts.MetadataSystem),
            new(ChatRole.User, ScriptPrompts.MetadataUser(script, language)),
        };
        var read = await AskJsonAsync("metadata", messages, WritingSchemas.SocialMetadata, "social_metadata", StructuredAnswerReader.Metadata, [], cancellationToken)
            ?? [];
        return [.. SocialPlatforms.All.Select(p => read.FirstOrDefault(m => m.Platform == p) ?? KeywordScriptWriter.MetadataFor(p, script, language))];
    }

    /// <summary>Fills scenes without terms (a user's own terms are kept); keywords where the model gave none.</summary>
    private async Task<IReadOnlyList<SceneSpec>> TermsAsync(IReadOnlyList<SceneSpec> scenes, string language, List<LlmUsage> usage, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, ScriptPrompts.TermsSystem),
            new(ChatRole.User, ScriptPrompts.TermsUser(scenes, language)),
        };
        var terms = await AskJsonAsync("scene-terms", messages, WritingSchemas.SceneTerms, "scene_terms", root => StructuredAnswerReader.SceneTerms(root, scenes.Count), usage, cancellationToken);
        return [.. scenes.Select((scene, i) => scene.Terms.Count > 0
            ? scene
            : scene with { SearchTerms = TopUp(terms?[i], scene, scenes, language) })];
    }

    private static IReadOnlyList<string> TopUp(IReadOnlyList<string>? fromModel, SceneSpec scene, IReadOnlyList<SceneSpec> scenes, string language)
    {
        if (fromModel is { Count: >= 2 })
        {
            return fromModel;
        }

        var keywords = KeywordScriptWriter.TermsFor(scene.Text, scenes, language);
        return StructuredAnswerReader.CleanTerms((fromModel ?? []).Concat(keywords));
    }

    private async Task<T?> AskJsonAsync<T>(
        string purpose,
        List<ChatMessage> messages,
        JsonElement schema,
        string schemaName,
        Func<JsonNode?, T?> read,
        List<LlmUsage> usage,
        CancellationToken cancellationToken)
        where T : class
    {
        var options = new ChatOptions
        {
            Temperature = 0.3f,
            ResponseFormat = ChatResponseFormat.ForJsonSchema(schema, schemaName),
        };
        var answer = await AskAsync(purpose, messages, options, usage, cancellationToken);
        var value = read(LlmJsonRepair.TryParse(answer.Text));
        if (value is not null)
        {
            if (!answer.FromCache)
            {
                await StoreAsync(answer, cancellationToken);
            }

            return value;
        }

        _logger.LogWarning("LLM {Purpose} answer from {Provider}/{Model} was not usable JSON; asking once for a fix", purpose, answer.Provider, answer.Model);
        var repairMessages = new List<ChatMessage>(messages)
        {
            new(ChatRole.Assistant, answer.Text),
            new(ChatRole.User, ScriptPrompts.RepairUser("it could not be parsed or did not match the schema")),
        };
        var repaired = await AskAsync(purpose + "-repair", repairMessages, options, usage, cancellationToken, cacheable: false);
        value = read(LlmJsonRepair.TryParse(repaired.Text));
        if (value is null)
        {
            _logger.LogWarning("LLM {Purpose} repair from {Provider}/{Model} was not usable either; falling back to keywords", purpose, repaired.Provider, repaired.Model);
            return null;
        }

        // Cache the fixed answer under the original prompt, so the next run needs no repair.
        await StoreAsync(answer with { Text = repaired.Text, InputTokens = Sum(answer.InputTokens, repaired.InputTokens), OutputTokens = Sum(answer.OutputTokens, repaired.OutputTokens) }, cancellationToken);
        return value;
    }

    private async Task<Answer> AskAsync(string purpose, List<ChatMessage> messages, ChatOptions options, List<LlmUsage> usage, CancellationToken cancellationToken, bool cacheable = true)
    {
        var key = LlmResponseCache.KeyFor(provider, model, PromptMaterial(purpose, messages, options));
        if (cacheable && !bypassCache && await _cache.TryReadAsync(key, cancellationToken) is { } cached)
        {
            _logger.LogInformation("LLM {Purpose} answered from cache ({Key})", purpose, key[..12]);
            Record(usage, new LlmUsage(cached.Provider, cached.Model, purpose, cached.InputTokens, cached.OutputTokens, Cached: true));
            return new Answer(key, cached.Text, cached.Provider, cached.Model, cached.InputTokens, cached.OutputTokens, FromCache: true);
        }

        var response = await chatClient.GetResponseAsync(messages, options, cancellationToken);
        var answeredBy = response.AdditionalProperties?.TryGetValue(ResilientChatClient.ProviderProperty, out var p) == true && p is string s ? s : provider;
        var answeredModel = response.ModelId ?? model;
        var input = response.Usage?.InputTokenCount;
        var output = response.Usage?.OutputTokenCount;
        _logger.LogInformation("LLM {Purpose} answered by {Provider}/{Model}: {InputTokens} tokens in, {OutputTokens} out", purpose, answeredBy, answeredModel, input, output);
        Record(usage, new LlmUsage(answeredBy, answeredModel, purpose, input, output, Cached: false));
        return new Answer(key, response.Text, answeredBy, answeredModel, input, output, FromCache: false);
    }

    private Task StoreAsync(Answer answer, CancellationToken cancellationToken) =>
        _cache.WriteAsync(answer.Key, new CachedLlmResponse(answer.Text, answer.Provider, answer.Model, answer.InputTokens, answer.OutputTokens), cancellationToken);

    private void Record(List<LlmUsage> usage, LlmUsage entry)
    {
        usage.Add(entry);
        lock (_usageGate)
        {
            _usage.Add(entry);
        }
    }

    private static string PromptMaterial(string purpose, List<ChatMessage> messages, ChatOptions options)
    {
        var text = new StringBuilder(purpose).Append('\n');
        foreach (var message in messages)
        {
            text.Append(message.Role.Value).Append(": ").Append(message.Text).Append('\n');
        }

        if (options.ResponseFormat is ChatResponseFormatJson { Schema: { } schema })
        {
            text.Append("schema: ").Append(schema.GetRawText());
        }

        return text.ToString();
    }

    private static long? Sum(long? a, long? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);

    private sealed record Answer(string Key, string Text, string Provider, string Model, long? InputTokens, long? OutputTokens, bool FromCache);
}
