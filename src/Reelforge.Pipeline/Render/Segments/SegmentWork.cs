using Reelforge.Media;

namespace Reelforge.Pipeline.Render.Segments;

/// <summary>
/// One part of a segmented render as a self-contained unit of work: the ffmpeg arguments, the filter graph they read,
/// and where the part goes. Any process with ffmpeg and the work directory can run it (a worker on another node too).
/// </summary>
/// <param name="Index">0-based position of the part in the video.</param>
/// <param name="FirstFrame">The part's first frame in the whole video.</param>
/// <param name="Frames">How many frames the part has.</param>
/// <param name="PartialPath">Where ffmpeg writes; moved to <paramref name="OutputPath"/> only when it succeeded.</param>
public sealed record SegmentWork(
    int Index,
    int FirstFrame,
    int Frames,
    IReadOnlyList<string> Arguments,
    string FilterGraph,
    string GraphPath,
    string PartialPath,
    string OutputPath,
    double Duration,
    IReadOnlyDictionary<string, string?>? Environment)
{
    /// <summary>Whether this part was already rendered (by an earlier run, or another worker).</summary>
    public bool IsDone => File.Exists(OutputPath);

    /// <summary>Renders the part: writes its graph, runs ffmpeg, then moves the file into place.</summary>
    public async Task RunAsync(FfmpegRunner runner, TextWriter? log, IProgress<FfmpegProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputPath))!);
        await File.WriteAllTextAsync(GraphPath, FilterGraph, cancellationToken);
        if (log is not null)
        {
            await log.WriteLineAsync($"# {GraphPath}:{System.Environment.NewLine}{FilterGraph}");
        }

        try
        {
            await runner.RunAsync(MediaTool.Ffmpeg, Arguments, new ProcessRunOptions
            {
                Log = log,
                Progress = progress,
                TotalDuration = TimeSpan.FromSeconds(Duration),
                Environment = Environment,
            }, cancellationToken);
        }
        catch
        {
            File.Delete(PartialPath);
            throw;
        }

        File.Move(PartialPath, OutputPath, overwrite: true);
    }
}
