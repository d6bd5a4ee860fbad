using Reelforge.Core.Footage;
using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Core.Timeline;
using Reelforge.Pipeline.Compose;

namespace Reelforge.Pipeline.Tests.Compose;

/// <summary>Narration tracks and footage lists made by hand, for composing timelines without speech or ffmpeg.</summary>
internal static class TimelineFixtures
{
    public static NarrationTrack NarrationOf(params (int Scene, double Start, double End)[] sentences) =>
        new("narration.wav", sentences.Max(s => s.End),
            sentences.Select(s => new SpokenSentence(s.Scene, $"Sentence at {s.Start}.", s.Start, s.End, [], WordTimingSource.SyllableWeighted)).ToList(),
            "flite:slt", "en");

    public static FootageItem Video(string name, double seconds, int width = 1920, int height = 1080) =>
        new($"/footage/{name}", "local", FootageKind.Video, $"/footage/{name}", seconds, width, height);

    public static FootageItem Procedural(int n) =>
        new($"procedural:{n}", "procedural", FootageKind.Procedural, null, null, 0, 0, new ProceduralBackground("linear", ["#112233", "#445566", "#778899", "#AABBCC", "#DDEEFF"], n));

    public static AudioPlan Audio => new("narration.wav", 3.5, "music.wav", -9, 14, 1.5);

    public static VideoRequest Request(int scenes, TransitionKind transition = TransitionKind.Fade, double clipMin = 3, double clipMax = 6) => new()
    {
        Scenes = Enumerable.Range(0, scenes).Select(i => new SceneSpec($"Scene {i}.")).ToList(),
        Format = new VideoFormat { ShortSide = 360, TailSeconds = 1.5 },
        Transition = new TransitionOptions { Kind = transition, DurationSeconds = 0.5 },
        Footage = new FootageOptions { ClipMinSeconds = clipMin, ClipMaxSeconds = clipMax },
        Seed = 42,
    };

    public static VideoTimeline ComposeTimeline(VideoRequest request, NarrationTrack narration, params IReadOnlyList<FootageItem>[] perScene) =>
        TimelineComposer.Compose(new CompositionInput(
            request,
            narration,
            perScene.Select((c, i) => new SceneFootage(i, c)).ToList(),
            Audio,
            "/tmp/captions.ass"));
}
