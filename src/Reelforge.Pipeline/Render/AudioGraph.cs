using Reelforge.Core.Timeline;
using Reelforge.Media.FilterGraphs;

namespace Reelforge.Pipeline.Render;

/// <summary>
/// The sound part of the render graph: narration brought to the loudness target by a measured gain, music under
/// it ducked by a sidechain compressor keyed on the voice, both faded at the end and held under a peak limit.
/// Output pad: <c>aout</c>.
/// </summary>
internal static class AudioGraph
{
    public static void Add(FilterGraph graph, List<string> args, ref int inputIndex, AudioPlan audio, double duration, bool musicStemOnly)
    {
        var total = RenderCommandBuilder.Seconds(duration);
        // With music, the voice also keys the compressor on it, so it is split in two; alone, it is not.
        var ducking = audio.NarrationPath is not null && audio.MusicPath is not null;
        string? voice = null;
        string? key = null;
        if (audio.NarrationPath is not null)
        {
            args.AddRange(["-i", audio.NarrationPath]);
            voice = graph.NewLabel("voice");
            key = ducking ? graph.NewLabel("key") : null;
            List<Filter> filters = [
                Format(),
                new Filter("volume").Set("volume", $"{RenderCommandBuilder.Seconds(audio.NarrationGainDb)}dB"),
                new Filter("apad").Set("whole_dur", total),
            ];
            if (key is not null)
            {
                filters.Add(new Filter("asplit").Arg("2"));
            }

            graph.Add([$"{inputIndex++}:a"], filters, key is null ? [voice] : [voice, key]);
        }

        string? music = null;
        if (audio.MusicPath is not null)
        {
            args.AddRange(["-stream_loop", "-1", "-i", audio.MusicPath]);
            music = graph.Then($"{inputIndex++}:a", "bed",
                Format(),
                new Filter("volume").Set("volume", $"{RenderCommandBuilder.Seconds(audio.MusicGainDb)}dB"),
                new Filter("atrim").Set("duration", total));
            if (key is not null)
            {
                // Ratio 20 above a threshold set from DuckDecibels pulls the bed down by more than that while the voice
                // speaks; the 350 ms release brings it back up in pauses between sentences and in the tail.
                var bed = music;
                music = graph.NewLabel("duck");
                graph.Add([bed, key], [new Filter("sidechaincompress")
                    .Set("threshold", DuckThreshold(audio.DuckDecibels))
                    .Set("ratio", 20)
                    .Set("attack", 15)
                    .Set("release", 350)
                    .Set("detection", "rms")], [music]);
            }
        }

        string mixed;
        if (voice is not null && music is not null)
        {
            mixed = graph.NewLabel("mix");
            graph.Add([voice, music], [new Filter("amix")
                .Set("inputs", 2)
                .Set("duration", "first")
                .Set("dropout_transition", 0)
                .Set("weights", musicStemOnly ? "0 1" : "1 1")
                .Set("normalize", 0)], [mixed]);
        }
        else if ((voice ?? music) is { } only)
        {
            mixed = only;
        }
        else
        {
            mixed = graph.NewLabel("silence");
            graph.Add([], [new Filter("anullsrc").Set("r", 48000).Set("cl", "stereo"), new Filter("atrim").Set("duration", total)], [mixed]);
        }

        var fade = Math.Min(audio.FadeOutSeconds, duration / 4);
        graph.Add([mixed], [
            new Filter("afade").Set("t", "out").Set("st", Math.Max(0, duration - fade)).Set("d", fade),
            new Filter("alimiter").Set("limit", Math.Pow(10, audio.PeakLimitDb / 20)).Set("level", 0).Set("attack", 5).Set("release", 50),
            new Filter("atrim").Set("duration", total),
            new Filter("asetpts").Arg("PTS-STARTPTS"),
        ], ["aout"]);
    }

    /// <summary>A deeper duck needs a lower threshold; speech at the target loudness sits around -20 dBFS RMS.</summary>
    private static double DuckThreshold(double duckDecibels) =>
        Math.Clamp(Math.Pow(10, (-20 - (Math.Max(10, duckDecibels) * 1.1)) / 20), 0.001, 0.1);

    private static Filter Format() => new Filter("aformat")
        .Set("sample_fmts", "fltp")
        .Set("sample_rates", 48000)
        .Set("channel_layouts", "stereo");
}
