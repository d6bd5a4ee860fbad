using Reelforge.Core.Footage;
using Reelforge.Core.Requests;
using Reelforge.Core.Text;
using Reelforge.Media.Probing;
using Reelforge.Pipeline.Compose;

namespace Reelforge.Pipeline.Gather;

/// <summary>
/// The work of the Gather stage (<see cref="GatherStage"/>): per scene, the footage the scene names itself (its files, then stock picks), then the local library ranked by the scene's
/// terms, then procedural backgrounds as the fallback that never runs out. Local files are probed once each;
/// unreadable files are left out rather than failing the video.
/// </summary>
public sealed class FootageGatherer(FfprobeClient probe, IFootageDownloader? downloader = null, IReadOnlySet<string>? recentlyUsed = null)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FootageItem?> _probed = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<SceneFootage>> GatherAsync(
        VideoRequest request,
        IReadOnlyList<IFootageSource> sources,
        Core.Narration.NarrationTrack narration,
        IProgress<double>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sources);
        var result = new List<SceneFootage>();
        var size = request.Format.Size;
        var ranker = new FootageRanker(size.Width, size.Height, recentlyUsed);
        for (var scene = 0; scene < request.Scenes.Count; scene++)
        {
            var spec = request.Scenes[scene];
            var terms = spec.Terms.Count > 0
                ? spec.Terms
                : KeywordExtractor.Extract(spec.Text, request.Voice.Language ?? LanguageDetector.Detect(spec.Text), 6);
            var query = new FootageQuery(scene, terms, request.Footage.ClipMinSeconds, size.IsPortrait);

            // The probe decides between video and image, so the scene's own media starts as a plain video guess.
            var own = new List<FootageItem>();
            foreach (var media in spec.MediaPaths)
            {
                if (await ProbeAsync(new FootageItem(media, "scene", FootageKind.Video, media, null, 0, 0), cancellationToken) is { } item)
                {
                    own.Add(item);
                }
            }

            // Stock footage picked for the scene: fetched (the downloader's host checks apply) and probed the same way.
            foreach (var pick in spec.StockPicks)
            {
                if (downloader is not null && await downloader.TryDownloadAsync(pick, cancellationToken) is { Path: not null } fetched
                    && await ProbeAsync(fetched, cancellationToken) is { } item)
                {
                    own.Add(item);
                }
            }

            var real = new List<FootageItem>();
            var procedural = new List<FootageItem>();
            foreach (var source in sources)
            {
                var found = await source.FindAsync(query, cancellationToken);
                procedural.AddRange(found.Where(i => i.Kind == FootageKind.Procedural));
                var local = found.Where(i => i.Kind != FootageKind.Procedural).ToList();
                if (local.Any(i => i.DownloadUrl is not null && i.Path is null))
                {
                    // Stock results: fetch only as many of the best as the scene can show, then probe them like local files.
                    var (start, end) = narration.SceneSpan(scene);
                    var needed = (int)Math.Ceiling(Math.Max(end - start, 1) / Math.Max(1, request.Footage.ClipMinSeconds)) + 1;
                    local = await DownloadAsync(local.Where(i => i.DownloadUrl is not null).ToList(), needed, cancellationToken);
                }

                // Probe a few at a time: each probe is a short ffprobe process; results are remembered per file.
                await Parallel.ForEachAsync(
                    local.DistinctBy(i => i.Id),
                    new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
                    async (item, token) => await ProbeAsync(item, token));
                foreach (var item in local)
                {
                    if (_probed[item.Id] is { } probed)
                    {
                        real.Add(probed);
                    }
                }
            }

            // Everything real is ranked together (term match, duration, resolution, orientation), the scene's own
            // media first and procedural backgrounds last; the composer then avoids repeats.
            result.Add(new SceneFootage(scene, [.. own, .. ranker.Rank(query, real), .. procedural]));
            progress?.Report((scene + 1.0) / request.Scenes.Count);
        }

        return result;
    }

    /// <summary>Downloads the best items in order until <paramref name="needed"/> succeeded (failures are skipped).</summary>
    private async Task<List<FootageItem>> DownloadAsync(List<FootageItem> ranked, int needed, CancellationToken cancellationToken)
    {
        var fetched = new List<FootageItem>();
        if (downloader is null)
        {
            return fetched;
        }

        for (var next = 0; next < ranked.Count && fetched.Count < needed;)
        {
            var batch = ranked.Skip(next).Take(needed - fetched.Count).ToList();
            next += batch.Count;
            var downloads = await Task.WhenAll(batch.Select(item => downloader.TryDownloadAsync(item, cancellationToken)));
            fetched.AddRange(downloads.OfType<FootageItem>().Where(i => i.Path is not null));
        }

        return fetched;
    }

    /// <summary>
    /// Keyframe times of the videos a timeline uses. Read only for footage actually on screen: listing keyframes reads
    /// the whole file, which a large library should not pay for every candidate.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<double>>> KeyframesAsync(IEnumerable<FootageItem> used, CancellationToken cancellationToken)
    {
        var keyframes = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            used.Where(i => i.Kind == FootageKind.Video && i.Path is not null).DistinctBy(i => i.Id),
            new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (item, token) => keyframes[item.Id] = await probe.KeyframesAsync(item.Path!, token));
        return keyframes;
    }

    private async Task<FootageItem?> ProbeAsync(FootageItem item, CancellationToken cancellationToken)
    {
        if (_probed.TryGetValue(item.Id, out var known))
        {
            return known;
        }

        FootageItem? result = null;
        try
        {
            var info = await probe.ProbeAsync(item.Path!, cancellationToken);
            if (info.Video is { Width: > 0, Height: > 0 } video)
            {
                var isImage = info.IsImage;
                var duration = isImage ? null : info.Duration ?? video.Duration;
                if (isImage || duration is > 0.5)
                {
                    result = item with
                    {
                        Kind = isImage ? FootageKind.Image : FootageKind.Video,
                        Width = video.Width.Value,
                        Height = video.Height.Value,
                        DurationSeconds = duration,
                    };
                }
            }
        }
        catch (Media.FfmpegException)
        {
            // A broken or non-media file in the library: skip it, the scene has other candidates.
        }

        _probed[item.Id] = result;
        return result;
    }
}
