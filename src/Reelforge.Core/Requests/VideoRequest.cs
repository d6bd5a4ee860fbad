namespace Reelforge.Core.Requests;

/// <summary>Everything needed to make one video.</summary>
public sealed record VideoRequest
{
    /// <summary>The scenes, in order; empty when only <see cref="Topic"/> is given.</summary>
    public IReadOnlyList<SceneSpec> Scenes { get; init; } = [];

    public string? Topic { get; init; }

    /// <summary>How to write the script from <see cref="Topic"/>.</summary>
    public WritingOptions Writing { get; init; } = new();

    public VideoFormat Format { get; init; } = new();

    public VoiceOptions Voice { get; init; } = new();

    public CaptionStyle Captions { get; init; } = new();

    public FootageOptions Footage { get; init; } = new();

    public TransitionOptions Transition { get; init; } = new();

    public MusicOptions Music { get; init; } = new();

    /// <summary>Seed for every random choice (palette, order, transitions); same seed, same video.</summary>
    public int Seed { get; init; }

    /// <summary>The full script text: scenes joined by blank lines.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string ScriptText => string.Join("\n\n", Scenes.Select(s => s.Text));
}
