using Reelforge.Core.Captions;
using Reelforge.Core.Narration;
using Reelforge.Pipeline.Captions;

namespace Reelforge.Pipeline.Tests.Captions;

public class SubtitleWriterTests
{
    private static readonly IReadOnlyList<CaptionCue> Cues =
    [
        new(0.5, 2.25, ["Hello, world"], []),
        new(2.25, 3661.0005, ["Two <lines> & more", "here"], []),
        new(3661.0005, 3662, ["It is Pneumonoultra-", "microscopic-", "silicovolcanoconiosis indeed"], [])
        {
            HyphenatedLines = [0, 1],
        },
    ];

    [Fact]
    public void Srt_WritesNumberedCuesWithCommaMillisAndWholeWords()
    {
        Assert.Equal(
            """
            1
            00:00:00,500 --> 00:00:02,250
            Hello, world

            2
            00:00:02,250 --> 01:01:01,001
            Two <lines> & more
            here

            3
            01:01:01,001 --> 01:01:02,000
            It is Pneumonoultramicroscopicsilicovolcanoconiosis indeed


            """.ReplaceLineEndings("\n"),
            SrtWriter.Write(Cues));
    }

    [Fact]
    public void Vtt_WritesHeaderDotMillisAndEscapedText()
    {
        Assert.Equal(
            """
            WEBVTT

            00:00:00.500 --> 00:00:02.250
            Hello, world

            00:00:02.250 --> 01:01:01.001
            Two &lt;lines&gt; &amp; more
            here

            01:01:01.001 --> 01:01:02.000
            It is Pneumonoultramicroscopicsilicovolcanoconiosis indeed


            """.ReplaceLineEndings("\n"),
            VttWriter.Write(Cues));
    }

    [Fact]
    public void Srt_NoCues_IsEmpty() => Assert.Equal(string.Empty, SrtWriter.Write(Array.Empty<CaptionCue>()));

    [Fact]
    public void Srt_RealHyphenAtLineEnd_IsKept()
    {
        var cue = new CaptionCue(0, 1, ["a well-", "known fact"], [new WordTiming("a", 0, 1)]);

        Assert.Contains("a well-\nknown fact\n", SrtWriter.Write([cue]), StringComparison.Ordinal);
    }
}
