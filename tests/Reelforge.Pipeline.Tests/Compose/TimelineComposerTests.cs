using Reelforge.Core.Footage;
using Reelforge.Core.Requests;
using static Reelforge.Pipeline.Tests.Compose.TimelineFixtures;

namespace Reelforge.Pipeline.Tests.Compose;

public class TimelineComposerTests
{
    [Fact]
    public void Compose_Duration_IsNarrationPlusTail()
    {
        var timeline = ComposeTimeline(Request(1), NarrationOf((0, 0, 10.25)), [Procedural(1), Procedural(2), Procedural(3)]);

        Assert.InRange(timeline.Duration, 11.75 - (1 / 30.0), 11.75 + (1 / 30.0)); // within a frame
        Assert.Equal(Math.Round(timeline.Duration * 30), timeline.Duration * 30, 1); // on a frame boundary
        Assert.Equal(0, timeline.Clips[0].Start);
        Assert.Equal(timeline.Duration, timeline.Clips[^1].End, 3);
    }

    [Fact]
    public void Compose_WithCrossfade_OverlapsClipsByTransitionLength()
    {
        var timeline = ComposeTimeline(Request(1), NarrationOf((0, 0, 20)), [Procedural(1), Procedural(2), Procedural(3), Procedural(4)]);

        Assert.True(timeline.Clips.Count >= 3);
        for (var i = 1; i < timeline.Clips.Count; i++)
        {
            var previous = timeline.Clips[i - 1];
            var clip = timeline.Clips[i];
            Assert.Equal("fade", clip.TransitionIn!.Name);
            Assert.Equal(0.5, previous.End - clip.Start, 3);
        }
    }

    [Fact]
    public void Compose_ClipLengths_StayWithinMinAndMaxPlusTransition()
    {
        var timeline = ComposeTimeline(Request(1, clipMin: 2, clipMax: 4), NarrationOf((0, 0, 30)), Enumerable.Range(0, 12).Select(Procedural).ToArray());

        foreach (var clip in timeline.Clips)
        {
            Assert.InRange(clip.Duration, 2 - 0.001, 4 + 0.5 + 0.001);
        }
    }

    [Fact]
    public void Compose_SceneChange_StartsANewClipAtTheScenesFirstWord()
    {
        var timeline = ComposeTimeline(Request(2), NarrationOf((0, 0, 4), (1, 4.5, 9)), [Procedural(1), Procedural(2)], [Procedural(3), Procedural(4)]);

        var firstOfScene1 = timeline.Clips.First(c => c.SceneIndex == 1);
        Assert.InRange(firstOfScene1.Start, 4.25 - (1 / 30.0), 4.25 + (1 / 30.0)); // the crossfade is centred on the cut
        Assert.StartsWith("procedural:3", firstOfScene1.Footage.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_FootageNeverRepeats_WhileUnusedCandidatesRemain()
    {
        var library = Enumerable.Range(1, 6).Select(i => Video($"clip{i}.mp4", 30)).ToList();
        var timeline = ComposeTimeline(Request(1, clipMin: 2, clipMax: 3), NarrationOf((0, 0, 16)), library);

        var ids = timeline.Clips.Select(c => c.Footage.Id).ToList();
        Assert.True(ids.Count >= 5);
        Assert.Equal(Math.Min(ids.Count, 6), ids.Take(6).Distinct().Count());
    }

    [Fact]
    public void Compose_RealFootage_ComesBeforeProcedural()
    {
        var timeline = ComposeTimeline(Request(1), NarrationOf((0, 0, 5)), [Procedural(1), Video("sea.mp4", 20)]);

        Assert.Equal(FootageKind.Video, timeline.Clips[0].Footage.Kind);
    }

    [Fact]
    public void Compose_LongVideo_GetsAnInPointThatLeavesTheWholeClipInside()
    {
        var timeline = ComposeTimeline(Request(1), NarrationOf((0, 0, 3)), [Video("long.mp4", 60)]);

        var clip = Assert.Single(timeline.Clips);
        Assert.InRange(clip.SourceIn + clip.Duration, clip.Duration, 60);
    }

    [Fact]
    public void Compose_NoTransition_HasNoOverlap()
    {
        var timeline = ComposeTimeline(Request(1, TransitionKind.None), NarrationOf((0, 0, 20)), [Procedural(1), Procedural(2), Procedural(3), Procedural(4)]);

        Assert.All(timeline.Clips, c => Assert.Null(c.TransitionIn));
        Assert.Equal(timeline.Duration, timeline.Clips.Sum(c => c.Duration), 3);
    }

    [Fact]
    public void Compose_SameInputs_SameTimeline()
    {
        var a = ComposeTimeline(Request(1, TransitionKind.Random), NarrationOf((0, 0, 20)), [Procedural(1), Procedural(2), Procedural(3)]);
        var b = ComposeTimeline(Request(1, TransitionKind.Random), NarrationOf((0, 0, 20)), [Procedural(1), Procedural(2), Procedural(3)]);

        Assert.Equal(
            a.Clips.Select(c => (c.Footage.Id, c.SourceIn, c.Start, c.Duration, c.TransitionIn)),
            b.Clips.Select(c => (c.Footage.Id, c.SourceIn, c.Start, c.Duration, c.TransitionIn)));
    }

    [Fact]
    public void Compose_VideoWithKeyframes_CutsInAtAKeyframe()
    {
        var video = Video("gops.mp4", 60) with { KeyframeTimes = [0, 2, 4, 6, 8, 10, 50, 58] };
        var timeline = ComposeTimeline(Request(1), NarrationOf((0, 0, 3)), [video]);

        var clip = Assert.Single(timeline.Clips);
        Assert.Contains(clip.SourceIn, new[] { 0.0, 2, 4, 6, 8, 10, 50 });
    }
}
