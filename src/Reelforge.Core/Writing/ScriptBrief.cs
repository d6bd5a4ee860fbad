namespace Reelforge.Core.Writing;

/// <summary>What the user wants a script about, and how.</summary>
/// <param name="Topic">The subject, in any language.</param>
/// <param name="Language">The script's language code; null = the topic's language.</param>
/// <param name="TargetSeconds">Narration length to aim for; converted to words with a per-language speaking rate.</param>
/// <param name="Paragraphs">Alternatively, a paragraph (scene) count.</param>
public sealed record ScriptBrief(
    string Topic,
    string? Language = null,
    double? TargetSeconds = null,
    int? Paragraphs = null,
    string? Tone = null,
    string? Audience = null,
    string? Hook = null,
    string? Instructions = null);
