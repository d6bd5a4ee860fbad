namespace Reelforge.Core.Requests;

/// <summary>How a script is written from <see cref="VideoRequest.Topic"/> (when an LLM is configured).</summary>
public sealed record WritingOptions
{
    /// <summary>Narration length to aim for, seconds.</summary>
    public double? TargetSeconds { get; init; }

    /// <summary>Alternatively, the number of paragraphs (scenes).</summary>
    public int? Paragraphs { get; init; }

    public string? Tone { get; init; }

    public string? Audience { get; init; }

    public string? Hook { get; init; }

    public string? Instructions { get; init; }
}
