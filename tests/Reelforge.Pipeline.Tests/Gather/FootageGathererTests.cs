using Reelforge.Core.Footage;
using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Media;
using Reelforge.Media.Probing;
using Reelforge.Pipeline.Gather;
using Reelforge.Providers.Footage;
using Reelforge.TestSupport;

namespace Reelforge.Pipeline.Tests.Gather;

public sealed class FootageGathererTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Gather_SceneAboutOceanWaves_RanksTheOceanClipFirstAndProceduralLast()
    {
        var library = Directory.CreateDirectory(_dir.File("library")).FullName;
        MediaFixtures.Video(library, "busy-city-street.mp4", 180, 320, 2);
        MediaFixtures.Video(library, "ocean-waves-at-dusk.mp4", 180, 320, 2);
        MediaFixtures.Video(library, "broken.mp4", 180, 320, 1);
        await File.WriteAllTextAsync(Path.Combine(library, "broken.mp4"), "not a video");
        var request = new VideoRequest
        {
            Scenes = [new SceneSpec("The sea rolls in.", ["ocean waves"])],
            Format = new VideoFormat { ShortSide = 180 },
        };
        var narration = new NarrationTrack(null, 3, [new SpokenSentence(0, "The sea rolls in.", 0, 3, [], WordTimingSource.ReadingSpeed)], null, "en");
        var sources = new IFootageSource[] { new LocalFootageSource([library]), new ProceduralFootageSource(1) };

        var gatherer = new FootageGatherer(new FfprobeClient(new FfmpegRunner()));
        var gathered = await gatherer.GatherAsync(request, sources, narration, progress: null, CancellationToken.None);

        var candidates = Assert.Single(gathered).Candidates;
        Assert.EndsWith("ocean-waves-at-dusk.mp4", candidates[0].Path, StringComparison.Ordinal);
        Assert.EndsWith("busy-city-street.mp4", candidates[1].Path, StringComparison.Ordinal);
        Assert.DoesNotContain(candidates, c => c.Path?.EndsWith("broken.mp4", StringComparison.Ordinal) == true);
        Assert.Equal(FootageKind.Procedural, candidates[^1].Kind);
        var keyframes = await gatherer.KeyframesAsync([candidates[0]], CancellationToken.None);
        Assert.Equal(0, Assert.Single(keyframes[candidates[0].Id])); // the fixture is one GOP long
    }

    [Fact]
    public async Task Gather_ClipUsedByARecentVideo_RanksBelowAnEquallyGoodFreshOne()
    {
        var library = Directory.CreateDirectory(_dir.File("library2")).FullName;
        var seen = MediaFixtures.Video(library, "ocean-waves-a.mp4", 180, 320, 2);
        MediaFixtures.Video(library, "ocean-waves-b.mp4", 180, 320, 2);
        var log = new RecentFootageLog(_dir.File("recent.json"));
        await log.RecordAsync([Path.GetFullPath(seen)], CancellationToken.None);
        var request = new VideoRequest { Scenes = [new SceneSpec("Waves.", ["ocean waves"])], Format = new VideoFormat { ShortSide = 180 } };
        var narration = new NarrationTrack(null, 2, [new SpokenSentence(0, "Waves.", 0, 2, [], WordTimingSource.ReadingSpeed)], null, "en");

        var gathered = await new FootageGatherer(new FfprobeClient(new FfmpegRunner()), recentlyUsed: await log.ReadAsync(CancellationToken.None))
            .GatherAsync(request, [new LocalFootageSource([library])], narration, progress: null, CancellationToken.None);

        Assert.EndsWith("ocean-waves-b.mp4", gathered[0].Candidates[0].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecentFootageLog_KeepsTheNewestIdsUpToItsCapacity()
    {
        var log = new RecentFootageLog(_dir.File("recent-capped.json"), capacity: 3);
        await log.RecordAsync(["a", "b", "c"], CancellationToken.None);
        await log.RecordAsync(["d", "a"], CancellationToken.None);

        var recent = await log.ReadAsync(CancellationToken.None);

        Assert.Equal(new HashSet<string> { "c", "d", "a" }, recent);
    }
}
