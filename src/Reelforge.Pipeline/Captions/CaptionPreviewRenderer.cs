using System.Globalization;
using Reelforge.Core.Captions;
using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Media;
using Reelforge.Media.FilterGraphs;

namespace Reelforge.Pipeline.Captions;

/// <summary>
/// One still frame showing how captions will look: the text laid out by <see cref="CaptionCueBuilder"/>, written by
/// <see cref="AssWriter"/> and burned by ffmpeg's <c>ass</c> filter over a plain background, exactly as a render
/// burns them. In word mode the second word is the one highlighted.
/// </summary>
public sealed class CaptionPreviewRenderer(FfmpegRunner runner)
{
    private const double SentenceSeconds = 2;

    /// <summary>Writes the frame as a PNG of <paramref name="size"/> to <paramref name="pngPath"/>.</summary>
    public async Task RenderAsync(string text, CaptionStyle style, FrameSize size, string pngPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentException.ThrowIfNullOrWhiteSpace(pngPath);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var step = SentenceSeconds / Math.Max(1, words.Length);
        var timings = words.Select((w, i) => new WordTiming(w, i * step, (i + 1) * step)).ToList();
        var track = new NarrationTrack(null, SentenceSeconds,
            [new SpokenSentence(0, text.Trim(), 0, SentenceSeconds, timings, WordTimingSource.SyllableWeighted)], null, "und");

        string ass;
        using (var measurer = new SkiaTextMeasurer())
        {
            var cues = CaptionCueBuilder.Build(track, style, size, measurer).Take(1).ToList();
            ass = AssWriter.Write(cues, style, size, measurer.LineHeight(style.FontFamily, 1));
        }

        var assPath = pngPath + ".ass";
        var partial = pngPath + ".part.png";
        await File.WriteAllTextAsync(assPath, ass, cancellationToken);
        try
        {
            // the moment shown: inside the second word in word mode (first cue only), else early in the sentence
            var at = words.Length > 1 ? step * 1.5 : step * 0.5;
            var background = string.Create(CultureInfo.InvariantCulture,
                $"gradients=s={size.Width}x{size.Height}:c0=0x1b2838:c1=0x4a6a82:x0=0:y0=0:x1=0:y1={size.Height}:speed=0.00001:r=10:d={SentenceSeconds}");
            await runner.RunAsync(MediaTool.Ffmpeg,
            [
                "-hide_banner", "-nostdin", "-loglevel", "error",
                "-f", "lavfi", "-i", background,
                "-vf", new Filter("ass").Set("filename", assPath).ToString(),
                "-ss", Filter.FormatNumber(at), "-frames:v", "1", "-y", partial,
            ], cancellationToken: cancellationToken);
            File.Move(partial, pngPath, overwrite: true);
        }
        finally
        {
            File.Delete(assPath);
            File.Delete(partial);
        }
    }
}
