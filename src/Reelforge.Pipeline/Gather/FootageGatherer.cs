using Reelforge.Core.Footage;
using Reelforge.Core.Requests;
using Reelforge.Media.Probing;
using Reelforge.Pipeline.Compose;

namespace Reelforge.Pipeline.Gather;

/// <summary>
/// The Gather stage: per scene, the footage the scene names itself, then the local library ranked by the scene's
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
        for (var scene = 0; scene < request.Scenes.Count; scene++)
        {
            var spec = request.Scenes[scene];
            var terms = spec.Terms.Count > 0 ? spec.Terms : SceneKeywords.From(spec.Text);
            var query = new FootageQuery(scene, terms, request.Footage.ClipMinSeconds, request.Format.Size.IsPortrait);
            var candidates = new List<FootageItem>();
            foreach (var media in spec.MediaPaths)
            {
                if (await ProbeAsync(new FootageItem(media, "scene", KindOf(media), media, null, 0, 0), cancellationToken) is { } item)
                {
                    candidates.Add(item);
                }
            }

            foreach (var source in sources)
            {
                var found = await source.FindAsync(query, cancellationToken);
                if (found.Any(i => i.DownloadUrl is not null && i.Path is null))
                {
                    // Stock results: fetch only as many of the best as the scene can show, then probe them like local files.
                    var (start, end) = narration.SceneSpan(scene);
                    var needed = (int)Math.Ceiling(Math.Max(end - start, 1) / Math.Max(1, request.Footage.ClipMinSeconds)) + 1;
                    found = await DownloadAsync(found.Where(i => i.DownloadUrl is not null).Take(needed * 2), needed, cancellationToken);
                }

                // Probe the library's files a few at a time: each probe is a short ffprobe process.
                await Parallel.ForEachAsync(
                    found.Where(i => i.Kind != FootageKind.Procedural && !_probed.ContainsKey(i.Id)).DistinctBy(i => i.Id),
                    new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
                    async (item, token) => await ProbeAsync(item, token));
                foreach (var item in found)
                {
                    if (item.Kind == FootageKind.Procedural)
                    {
                        candidates.Add(item);
                    }
                    else if (await ProbeAsync(item, cancellationToken) is { } probed)
                    {
                        candidates.Add(probed);
                    }
                }
            }

            // Everything real is ranked together (term match, duration, resolution, orientation), the scene's own
            // media first and procedural backgrounds last; the composer then avoids repeats.
            var own = candidates.Where(c => c.Source == "scene").ToList();
            var real = candidates.Where(c => c.Source != "scene" && c.Kind != FootageKind.Procedural).ToList();
            var procedural = candidates.Where(c => c.Kind == FootageKind.Procedural).ToList();
            var size = request.Format.Size;
            var ranked = new FootageRanker(size.Width, size.Height, recentlyUsed).Rank(query, real);
            result.Add(new SceneFootage(scene, [.. own, .. ranked, .. procedural]));
            progress?.Report((scene + 1.0) / request.Scenes.Count);
        }

        return result;
    }

    private async Task<IReadOnlyList<FootageItem>> DownloadAsync(IEnumerable<FootageItem> ranked, int needed, CancellationToken cancellationToken)
    {
        if (downloader is null)
        {
            return [];
        }

        var downloads = await Task.WhenAll(ranked.Select(item => downloader.TryDownloadAsync(item, cancellationToken)));
        return downloads.OfType<FootageItem>().Where(i => i.Path is not null).Take(needed).ToList();
    }

    private static FootageKind KindOf(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".webp" or ".bmp" ? FootageKind.Image : FootageKind.Video;

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
                        KeyframeTimes = isImage ? null : await probe.KeyframesAsync(item.Path!, cancellationToken),
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
