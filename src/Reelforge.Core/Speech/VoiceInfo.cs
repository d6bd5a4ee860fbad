namespace Reelforge.Core.Speech;

/// <summary>An installed voice: engine, id, the languages it speaks (ISO 639-1 or -3 codes), and gender when known.</summary>
public sealed record VoiceInfo(string Engine, string Id, string DisplayName, IReadOnlyList<string> Languages, string? Gender = null)
{
    public string Key => $"{Engine}:{Id}";
}
