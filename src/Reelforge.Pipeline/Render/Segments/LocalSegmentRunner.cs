using System.Diagnostics;
using Reelforge.Media;
using Reelforge.Pipeline.Generation;

namespace Reelforge.Pipeline.Render.Segments;

/// <summary>
/// Renders the parts in this process, at most <paramref name="inFlight"/> at once, in order of their index. A part
/// whose file exists was finished by an earlier run and is not rendered again. Each part logs to a file of its own
/// beside it (parts run at once, and one log writer cannot take two processes' lines).
/// </summary>
public sealed class LocalSegmentRunner(FfmpegRunner runner, int inFlight) : ISegmentRunner
{
    public static string Worker { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    public async Task<IReadOnlyList<SegmentOutcome>> RunAsync(SegmentBatch batch, IProgress<SegmentProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var segments = batch.Segments;
        var fractions = new double[segments.Count];
        var done = 0;
        var gate = new object();
        void Report()
        {
            lock (gate)
            {
                progress?.Report(new SegmentProgress(done, segments.Count, fractions.Sum() / Math.Max(1, segments.Count)));
            }
        }

        var outcomes = new SegmentOutcome[segments.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, segments.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, inFlight), CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var segment = segments[i];
                if (segment.IsDone)
                {
                    outcomes[i] = new SegmentOutcome(segment.Index, segment.Frames, 0, Worker, Reused: true);
                }
                else
                {
                    var stopwatch = Stopwatch.StartNew();
                    await using var log = new StreamWriter(Path.ChangeExtension(segment.OutputPath, ".log"), append: true);
                    var partProgress = new InlineProgress<FfmpegProgress>(p =>
                    {
                        fractions[i] = Math.Clamp((p.Percent ?? 0) / 100, 0, 1);
                        Report();
                    });
                    await segment.RunAsync(runner, log, partProgress, token);
                    outcomes[i] = new SegmentOutcome(segment.Index, segment.Frames, Math.Round(stopwatch.Elapsed.TotalSeconds, 3), Worker, Reused: false);
                }

                lock (gate)
                {
                    fractions[i] = 1;
                    done++;
                }

                Report();
            });
        return outcomes;
    }
}
