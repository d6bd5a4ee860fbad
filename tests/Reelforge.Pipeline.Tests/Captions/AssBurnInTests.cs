using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Pipeline.Captions;
using Reelforge.TestSupport;
using SkiaSharp;

namespace Reelforge.Pipeline.Tests.Captions;

/// <summary>Real tier: libass (ffmpeg's ass filter) draws the captions where the layout put them.</summary>
public class AssBurnInTests
{
    private static readonly FrameSize Frame = new(360, 640);

    [Theory]
    [InlineData("Captions stay inside the safe area of every frame we render for you.", "Noto Sans")]
    [InlineData("字幕总是留在画面的安全区域之内，无论句子有多长。", "Noto Sans")]
    [InlineData("字幕总是留在画面的安全区域之内，无论句子有多长。", "Noto Sans CJK SC")]
    public void BurnIn_BottomCaption_RendersInsideTheLaidOutBandAndSafeArea(string text, string fontFamily)
    {
        RequiredTool.Require("ffmpeg");
        var measurer = SharedMeasurer.Instance;
        var style = new CaptionStyle { FontFamily = fontFamily, MaxLines = 3 };
        var sentence = new SpokenSentence(0, text, 0, 1, [], WordTimingSource.ReadingSpeed);
        var cue = Assert.Single(CaptionCueBuilder.Build(new NarrationTrack(null, 1, [sentence], null, "en"), style, Frame, measurer));
        Assert.True(cue.Lines.Count >= 2, "the test needs a wrapped caption");

        using var dir = new TempDirectory();
        var assPath = dir.File("captions.ass");
        var pngPath = dir.File("frame.png");
        File.WriteAllText(assPath, AssWriter.Write([cue], style, Frame, measurer.LineHeight(fontFamily, 1)));
        RequiredTool.Run(
            "ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", $"color=c=black:s={Frame}:d=1",
            "-vf", $"ass={assPath}", "-frames:v", "1", pngPath);

        var ink = InkBounds(pngPath);
        Assert.NotNull(ink);
        var (left, top, right, bottom) = ink.Value;

        // horizontally: inside the safe area, and as wide as the widest line was measured (libass draws what we measured)
        var margin = CaptionMetrics.SideMargin(Frame);
        Assert.InRange(left, margin - 1, Frame.Width - margin);
        Assert.InRange(right, margin, Frame.Width - margin + 1);
        var pixelSize = CaptionMetrics.FontPixelSize(style, Frame);
        var widest = cue.Lines.Max(l => measurer.Measure(l, fontFamily, pixelSize));
        Assert.InRange(right - left + 1, widest * 0.85, widest + 2);

        // vertically: in the band whose bottom is at 78 % of the height, one line height per line
        var bandBottom = Frame.Height * 0.78;
        var bandTop = bandBottom - (cue.Lines.Count * measurer.LineHeight(fontFamily, pixelSize));
        Assert.InRange(top, bandTop - 2, bandTop + measurer.LineHeight(fontFamily, pixelSize));
        Assert.InRange(bottom, bandBottom - measurer.LineHeight(fontFamily, pixelSize), bandBottom + 2);
    }

    /// <summary>The bounding box of bright (text-coloured) pixels, or null when there are none.</summary>
    private static (int Left, int Top, int Right, int Bottom)? InkBounds(string pngPath)
    {
        using var bitmap = SKBitmap.Decode(pngPath);
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red + c.Green + c.Blue > 300)
                {
                    (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
                }
            }
        }

        return right < 0 ? null : (left, top, right, bottom);
    }
}
