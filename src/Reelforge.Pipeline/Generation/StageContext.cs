using Reelforge.Core.Requests;

namespace Reelforge.Pipeline.Generation;

/// <summary>What every stage of one generation shares: where it writes, the cache, progress reports and the ffmpeg log.</summary>
/// <param name="WorkDirectory">Files a stage writes for later stages; it survives with the checkpoints.</param>
/// <param name="CacheDirectory">Content-addressed results shared between videos (speech, loudness, recent footage).</param>
/// <param name="FfmpegLog">The per-job log of exact ffmpeg command lines and their output.</param>
internal sealed record StageContext(
    string WorkDirectory,
    string CacheDirectory,
    IProgress<StageProgress>? Progress = null,
    TextWriter? FfmpegLog = null)
{
    /// <summary>Reports how far (0..1) a running stage is.</summary>
    public IProgress<double> FractionOf(StageName stage) =>
        new InlineProgress<double>(f => Progress?.Report(new StageProgress(stage, StageState.Running, f)));
}
