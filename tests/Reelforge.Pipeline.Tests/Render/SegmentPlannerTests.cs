using Reelforge.Core.Requests;
using Reelforge.Core.Timeline;
using Reelforge.Pipeline.Render.Segments;
using static Reelforge.Pipeline.Tests.Compose.TimelineFixtures;

namespace Reelforge.Pipeline.Tests.Render;

public sealed class SegmentPlannerTests
{
    private static readonly ClipTransition Fade = new("fade", 0.5);

    /// <summary><paramref name="count"/> clips of 4 s overlapping by half-second fades (3.5 s apart).</summary>
    private static VideoTimeline Clips(int count, double transition = 0.5)
    {
        var step = 4 - transition;
        var clips = Enumerable.Range(0, count)
            .Select(i => new TimelineClip(i, i, Video($"c{i}.mp4", 10), 1, i * step, 4, i == 0 || transition == 0 ? null : Fade with { Duration = transition }))
            .ToList();
        return new VideoTimeline(new FrameSize(360, 640), 30, clips[^1].End, clips, Audio, "/tmp/captions.ass", FootageFit.Crop);
    }

    [Fact]
    public void Plan_ShortVideo_IsOnePartOfTheWholeTimeline()
    {
        var timeline = Clips(4);

        var part = Assert.Single(SegmentPlanner.Plan(timeline, 60));

        Assert.Same(timeline, part.Timeline);
        Assert.Equal(0, part.FirstFrame);
        Assert.Equal(435, part.Frames);
    }

    [Fact]
    public void Plan_LongVideo_CutsAtClipEndsIntoPartsThatAddUpToEveryFrame()
    {
        var timeline = Clips(40);
        var total = (int)Math.Round(timeline.Duration * 30);

        var parts = SegmentPlanner.Plan(timeline, 20);

        Assert.InRange(parts.Count, 6, 8);
        Assert.Equal(total, parts.Sum(p => p.Frames));
        Assert.Equal(Enumerable.Range(0, parts.Count), parts.Select(p => p.Index));
        var clipEnds = timeline.Clips.Select(c => (int)Math.Round(c.End * 30)).ToHashSet();
        Assert.All(parts.Skip(1), p => Assert.Contains(p.FirstFrame, clipEnds));
        Assert.All(parts.Zip(parts.Skip(1)), pair => Assert.Equal(pair.First.FirstFrame + pair.First.Frames, pair.Second.FirstFrame));
        Assert.All(parts, p => Assert.InRange(p.Frames, 300, 900));
        Assert.All(parts, p => Assert.Equal(p.Frames, (int)Math.Round(p.Timeline.Duration * 30)));
    }

    [Fact]
    public void Plan_CutAfterAFade_ThePartBeforeOwnsTheOverlapAndTheNextContinuesTheClip()
    {
        var parts = SegmentPlanner.Plan(Clips(40), 20);
        var (before, after) = (parts[0], parts[1]);

        // Before the cut: the next clip's first 15 frames, blended in by the whole fade.
        var last = before.Timeline.Clips[^1];
        Assert.Equal(0.5, last.Duration, 6);
        Assert.Equal(0.5, last.TransitionIn!.Duration, 6);
        Assert.Equal(0, last.Offset);
        Assert.Equal(before.Timeline.Duration, last.End, 6);

        // After it: the same clip, from where the blend left it, with no transition; later clips keep theirs.
        var first = after.Timeline.Clips[0];
        Assert.Equal(last.Index, first.Index);
        Assert.Null(first.TransitionIn);
        Assert.Equal(0, first.Start);
        Assert.Equal(0.5, first.Offset, 6);
        Assert.Equal(3.5, first.Duration, 6);
        Assert.Equal(4, first.FullDuration!.Value, 6);
        Assert.Equal(1, first.SourceIn);
        Assert.All(after.Timeline.Clips.Skip(1), c => Assert.Equal(0.5, c.TransitionIn!.Duration, 6));
    }

    [Fact]
    public void Plan_NoTransitions_CutsBetweenClipsWithNothingCarriedOver()
    {
        var parts = SegmentPlanner.Plan(Clips(40, transition: 0), 20);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.All(p.Timeline.Clips, c => Assert.Equal(0, c.Offset)));
        Assert.Equal(40, parts.Sum(p => p.Timeline.Clips.Count));
    }

    [Theory]
    [InlineData(20, 2, 60)]
    [InlineData(56, 2, 28)]
    [InlineData(56, 1, 60)]
    [InlineData(40, 4, 15)]
    [InlineData(600, 2, 60)]
    public void PartSeconds_FromHalfAMinute_GivesEachPartInFlightAShare(double duration, int inFlight, double expected)
    {
        var stage = new Reelforge.Pipeline.Render.RenderStage(
            new Reelforge.Media.FfmpegRunner(), RenderQuality.Standard, new Reelforge.Pipeline.Render.RenderOptions { SegmentsInFlight = inFlight },
            new Reelforge.Media.Encoders.EncoderSelection("libx264", Reelforge.Media.Encoders.VideoEncoder.Libx264, "asked"),
            new LocalSegmentRunner(new Reelforge.Media.FfmpegRunner(), inFlight));

        Assert.Equal(expected, stage.PartSeconds(duration), 6);
    }
}
