using Reelforge.Core.Captions;
using Reelforge.Core.Narration;
using Reelforge.Core.Requests;

namespace Reelforge.Pipeline.Captions;

/// <summary>Turns the narration's sentences into caption cues: wrapped to the safe width, at most MaxLines lines each.</summary>
public static class CaptionCueBuilder
{
    /// <summary>
    /// One or more cues per sentence. A sentence needing more than <see cref="CaptionStyle.MaxLines"/> lines becomes several
    /// consecutive cues, split between lines; each cue starts when its first word is spoken (the first cue when the
    /// sentence starts) and lasts until the next cue, the last one until the sentence ends.
    /// </summary>
    public static IReadOnlyList<CaptionCue> Build(NarrationTrack track, CaptionStyle style, FrameSize size, ITextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(style);
        if (style.Mode == CaptionMode.Off)
        {
            return [];
        }

        var pixelSize = CaptionMetrics.FontPixelSize(style, size);
        var safeWidth = CaptionMetrics.SafeWidth(style, size);
        var maxLines = Math.Max(1, style.MaxLines);
        var cues = new List<CaptionCue>();
        foreach (var sentence in track.Sentences)
        {
            var wrapped = CaptionLayout.Wrap(sentence.Text, style.FontFamily, pixelSize, safeWidth, measurer);
            cues.AddRange(SentenceCues(sentence, wrapped, maxLines));
        }

        return cues;
    }

    private static List<CaptionCue> SentenceCues(SpokenSentence sentence, WrappedText wrapped, int maxLines)
    {
        var groups = Group(wrapped.Lines, maxLines);
        if (groups.Count == 0)
        {
            return [];
        }

        var offsets = WordAligner.Offsets(sentence.Text, sentence.Words);

        // the words of each cue: those starting before the next cue's first character
        var words = groups.Select(_ => new List<WordTiming>()).ToList();
        for (int w = 0, g = 0; w < sentence.Words.Count; w++)
        {
            while (g + 1 < groups.Count && offsets[w] >= groups[g + 1][0].Start)
            {
                g++;
            }

            words[g].Add(sentence.Words[w]);
        }

        var starts = new double[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var start = g == 0 ? sentence.Start
                : words[g].Count > 0 ? words[g][0].Start
                : sentence.Start + (sentence.Duration * groups[g][0].Start / Math.Max(1, sentence.Text.Length));
            starts[g] = Math.Clamp(start, g == 0 ? sentence.Start : starts[g - 1], Math.Max(sentence.Start, sentence.End));
        }

        var cues = new List<CaptionCue>(groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            var lines = groups[g];
            var end = g + 1 < groups.Count ? starts[g + 1] : Math.Max(sentence.End, starts[g]);
            cues.Add(new CaptionCue(starts[g], end, lines.Select(l => l.Text).ToList(), words[g], wrapped.FontScale)
            {
                SourceText = sentence.Text[lines[0].Start..lines[^1].End],
                HyphenatedLines = Enumerable.Range(0, lines.Count).Where(i => lines[i].Hyphenated).ToList(),
            });
        }

        return cues;
    }

    /// <summary>Splits lines into as few cues as MaxLines allows, the lines spread evenly (5 lines by 2: 2, 2, 1).</summary>
    private static List<List<WrappedLine>> Group(IReadOnlyList<WrappedLine> lines, int maxLines)
    {
        var groups = new List<List<WrappedLine>>();
        if (lines.Count == 0)
        {
            return groups;
        }

        var count = (lines.Count + maxLines - 1) / maxLines;
        var index = 0;
        for (var g = 0; g < count; g++)
        {
            var take = (lines.Count / count) + (g < lines.Count % count ? 1 : 0);
            groups.Add(lines.Skip(index).Take(take).ToList());
            index += take;
        }

        return groups;
    }
}
