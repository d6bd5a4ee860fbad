using Reelforge.Core.Footage;
using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Media;
using Reelforge.Media.Probing;
using Reelforge.Pipeline.Gather;
using Reelforge.Providers.Footage;
using Reelforge.TestSupport;

namespace Reelforge.Pipeline.Tests.Gather;

/// <summary>A stock item picked for a scene is fetched by the downloader and put ahead of everything the searches find.</summary>
public sealed class StockPickGatherTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Gather_SceneWithAStockPick_DownloadsItAndRanksItFirst_WithItsCredits()
    {
        var library = Directory.CreateDirectory(_dir.File("library")).FullName;
        MediaFixtures.Video(library, "ocean-waves-at-dusk.mp4", 180, 320, 2);
        var picked = MediaFixtures.Video(_dir.Path, "remote.mp4", 180, 320, 3);
        var pick = new FootageItem("pexels:1001", "pexels", FootageKind.Video, null, null, 0, 0)
        {
            DownloadUrl = new Uri("https://videos.pexels.com/video-files/1001/a.mp4"),
            Author = "Jane Doe",
        };
        var downloader = new CopyingDownloader(picked);
        var request = new VideoRequest
        {
            Scenes = [new SceneSpec("The sea rolls in.", ["ocean waves"]) { Stock = [pick] }, new SceneSpec("More sea.", ["ocean waves"])],
            Format = new VideoFormat { ShortSide = 180 },
        };
        var narration = new NarrationTrack(null, 4,
            [new SpokenSentence(0, "The sea rolls in.", 0, 2, [], WordTimingSource.ReadingSpeed), new SpokenSentence(1, "More sea.", 2, 4, [], WordTimingSource.ReadingSpeed)], null, "en");

        var gathered = await new FootageGatherer(new FfprobeClient(new FfmpegRunner()), downloader)
            .GatherAsync(request, [new LocalFootageSource([library]), new ProceduralFootageSource(1)], narration, progress: null, CancellationToken.None);

        var first = gathered[0].Candidates[0];
        Assert.Equal("pexels:1001", first.Id);
        Assert.Equal(picked, first.Path);
        Assert.Equal("Jane Doe", first.Author);
        Assert.InRange(first.DurationSeconds ?? 0, 2.5, 3.5);
        Assert.Equal([pick.DownloadUrl], downloader.Fetched);
        // the other scene did not pick it: its best is the matching library clip
        Assert.EndsWith("ocean-waves-at-dusk.mp4", gathered[1].Candidates[0].Path, StringComparison.Ordinal);
    }

    /// <summary>Stands in for the HTTP downloader: "fetches" a local file and records what was asked for.</summary>
    private sealed class CopyingDownloader(string file) : IFootageDownloader
    {
        public List<Uri?> Fetched { get; } = [];

        public Task<FootageItem?> TryDownloadAsync(FootageItem item, CancellationToken cancellationToken)
        {
            Fetched.Add(item.DownloadUrl);
            return Task.FromResult<FootageItem?>(item with { Path = file });
        }
    }
}
