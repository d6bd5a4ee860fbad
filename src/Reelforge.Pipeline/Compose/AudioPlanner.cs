using System.Globalization;
using System.Text.Json;
using Reelforge.Core.Audio;
using Reelforge.Core.Requests;
using Reelforge.Core.Timeline;
using Reelforge.Media.Loudness;
using Reelforge.Pipeline.Music;

namespace Reelforge.Pipeline.Compose;

/// <summary>
/// Measures the narration and the music (ffmpeg ebur128) and sets their gains: the voice lands on the loudness
/// target, the music sits below it by the requested volume and is ducked further under speech.
/// Measurements are cached by file content, so a second run measures nothing.
/// </summary>
public sealed class AudioPlanner(LoudnessMeter meter, string cacheDirectory)
{
    public const double TargetLufs = -14;

    /// <summary>Loudness of the music relative to the voice target at music volume 1.0.</summary>
    private const double MusicHeadroomDb = -6;

    public async Task<AudioPlan> PlanAsync(VideoRequest request, string? narrationPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var narrationGain = 0.0;
        if (narrationPath is not null)
        {
            var narration = await MeasureAsync(narrationPath, cancellationToken);
            narrationGain = TargetLufs - narration + (20 * Math.Log10(request.Voice.Volume));
        }

        string? musicPath = null;
        var musicGain = 0.0;
        if (!request.Music.None && request.Music.Volume > 0)
        {
            musicPath = request.Music.File ?? await BuiltInMusicAsync(cancellationToken);
            var music = await MeasureAsync(musicPath, cancellationToken);
            musicGain = TargetLufs + MusicHeadroomDb - music + (20 * Math.Log10(request.Music.Volume));
        }

        return new AudioPlan(
            narrationPath,
            Math.Round(narrationGain, 2),
            musicPath,
            Math.Round(musicGain, 2),
            Math.Max(10, request.Music.DuckDecibels),
            request.Music.FadeOutSeconds,
            TargetLufs);
    }

    private async Task<string> BuiltInMusicAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(cacheDirectory, "music", "reelforge-bed-v1.wav");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var partial = path + ".partial";
            await WavFile.WriteAsync(partial, MusicBed.Synthesize(), cancellationToken);
            File.Move(partial, path, overwrite: true);
        }

        return path;
    }

    private async Task<double> MeasureAsync(string path, CancellationToken cancellationToken)
    {
        var hash = await Core.ContentHash.OfFileAsync(path, cancellationToken);

        var cached = Path.Combine(cacheDirectory, "loudness", hash + ".json");
        if (File.Exists(cached))
        {
            return JsonSerializer.Deserialize<double>(await File.ReadAllTextAsync(cached, cancellationToken));
        }

        var measurement = await meter.MeasureAsync(path, cancellationToken);
        var lufs = double.IsFinite(measurement.IntegratedLufs) && measurement.IntegratedLufs > -70
            ? measurement.IntegratedLufs
            : throw new InvalidOperationException($"'{Path.GetFileName(path)}' is silent (integrated loudness {measurement.IntegratedLufs.ToString(CultureInfo.InvariantCulture)} LUFS).");
        Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
        await File.WriteAllTextAsync(cached, JsonSerializer.Serialize(lufs), cancellationToken);
        return lufs;
    }
}
