namespace Reelforge.Providers.Footage;

/// <summary>Picks the file to download from a provider's sizes of one video.</summary>
public static class RenditionChooser
{
    /// <summary>
    /// The smallest rendition covering the output on both sides (so nothing is upscaled when a larger one exists),
    /// else the largest; null when there is none with a known size.
    /// </summary>
    public static Rendition? Choose(IEnumerable<Rendition> renditions, int outputWidth, int outputHeight)
    {
        ArgumentNullException.ThrowIfNull(renditions);
        var known = renditions.Where(r => r.Width > 0 && r.Height > 0).ToList();
        if (known.Count == 0)
        {
            return null;
        }

        var covering = known
            .Where(r => r.Width >= outputWidth && r.Height >= outputHeight)
            .OrderBy(r => (long)r.Width * r.Height)
            .FirstOrDefault();
        return covering ?? known.OrderByDescending(r => (long)r.Width * r.Height).First();
    }
}
