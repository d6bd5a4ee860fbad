namespace Reelforge.Server.Studio.Settings;

/// <summary>
/// What the studio's Settings page keeps (in <c>studio/settings.json</c> under the data directory): providers, their
/// keys (only ever as Data Protection ciphertext), the defaults for new videos and the saved presets.
/// </summary>
public sealed record StudioSettings
{
    public string? LlmProvider { get; init; }

    public string? LlmModel { get; init; }

    public string? LlmBaseUrl { get; init; }

    /// <summary>The LLM key, protected; never the plain text.</summary>
    public string? LlmApiKeyProtected { get; init; }

    public string? PexelsApiKeyProtected { get; init; }

    public string? PixabayApiKeyProtected { get; init; }

    /// <summary>The OpenAI (or compatible) text-to-speech key, protected.</summary>
    public string? OpenAiSpeechApiKeyProtected { get; init; }

    /// <summary>The ElevenLabs key, protected.</summary>
    public string? ElevenLabsApiKeyProtected { get; init; }

    /// <summary>What a new video on the Create page starts from.</summary>
    public VideoForm Defaults { get; init; } = new();

    public IReadOnlyDictionary<string, VideoForm> Presets { get; init; } = new Dictionary<string, VideoForm>(StringComparer.Ordinal);
}
