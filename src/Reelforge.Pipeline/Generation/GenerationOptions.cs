using Reelforge.Core.Requests;
using Reelforge.Pipeline.Checkpoints;
using Reelforge.Pipeline.Render;
using Reelforge.Pipeline.Render.Segments;

namespace Reelforge.Pipeline.Generation;

/// <summary>Where a generation writes: the final video (sidecars beside it), a work directory, and the shared cache.</summary>
public sealed record GenerationOptions(string OutputPath, string WorkDirectory, string CacheDirectory)
{
    /// <summary>Where finished stages are recorded; with it a run resumes after its last finished stage.</summary>
    public IStageCheckpoints? Checkpoints { get; init; }

    /// <summary>
    /// Ends the run after this stage: <see cref="StageName.Narrate"/> gives the narration audio,
    /// <see cref="StageName.Caption"/> the narration and captions; null runs to the finished video.
    /// </summary>
    public StageName? StopAfter { get; init; }

    /// <summary>Encoder choice, part length and parts in flight (configuration section <c>Render</c>); null takes the configured ones.</summary>
    public RenderOptions? Render { get; init; }

    /// <summary>
    /// Who renders the parts of a long video: null renders them here (<see cref="LocalSegmentRunner"/>); a server
    /// spreads them over its workers.
    /// </summary>
    public ISegmentRunner? Segments { get; init; }
}
