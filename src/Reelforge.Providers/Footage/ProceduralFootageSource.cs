using Reelforge.Core.Footage;

namespace Reelforge.Providers.Footage;

/// <summary>
/// Generated moving backgrounds (gradients with drifting soft light shapes), the fallback that never runs out.
/// One palette per video (from the seed); the style, colour order and motion vary per scene and per clip.
/// </summary>
public sealed class ProceduralFootageSource : IFootageSource
{
    public const string SourceName = "procedural";

    // "circular" and "spiral" draw a hard seam to the centre: they look like an artifact, not a choice.
    private static readonly string[] Styles = ["linear", "radial"];

    private readonly int _seed;

    public ProceduralFootageSource(int seed) => _seed = seed;

    public string Name => SourceName;

    public Task<IReadOnlyList<FootageItem>> FindAsync(FootageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var palette = ColorPalettes.ForSeed(_seed);
        var items = new List<FootageItem>();
        for (var variant = 0; variant < 4; variant++)
        {
            // Not HashCode.Combine: it is randomised per process, and the same seed must give the same video.
            var clipSeed = (int)(((uint)_seed * 2654435761u) ^ ((uint)query.SceneIndex * 40503u) ^ ((uint)variant * 2246822519u)) & 0x7FFFFFFF;
            var rotated = palette.Skip(clipSeed % palette.Count).Concat(palette.Take(clipSeed % palette.Count)).ToList();
            var style = Styles[(query.SceneIndex + variant) % Styles.Length];
            var background = new ProceduralBackground(style, rotated, clipSeed);
            items.Add(new FootageItem(
                $"procedural:{style}:{clipSeed:x8}",
                SourceName,
                FootageKind.Procedural,
                Path: null,
                DurationSeconds: null,
                Width: 0,
                Height: 0,
                Procedural: background));
        }

        return Task.FromResult<IReadOnlyList<FootageItem>>(items);
    }
}
