namespace Reelforge.Core.Requests;

/// <summary>An output aspect ratio; the short side is 1080 pixels unless scaled down.</summary>
public sealed record AspectRatio(int Horizontal, int Vertical)
{
    public static readonly AspectRatio Portrait = new(9, 16);
    public static readonly AspectRatio Landscape = new(16, 9);
    public static readonly AspectRatio Square = new(1, 1);
    public static readonly AspectRatio Feed = new(4, 5);

    public static IReadOnlyList<AspectRatio> All { get; } = [Portrait, Landscape, Square, Feed];

    /// <summary>Parses "9:16", "16:9", "1:1" or "4:5".</summary>
    public static bool TryParse(string? text, out AspectRatio aspect)
    {
        aspect = Portrait;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToString(), text.Trim(), StringComparison.Ordinal))
            {
                aspect = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The frame size with <paramref name="shortSide"/> pixels on the short side, both sides even.</summary>
    public FrameSize SizeFor(int shortSide = 1080)
    {
        var shortRatio = Math.Min(Horizontal, Vertical);
        var longSide = (int)Math.Round(shortSide * (double)Math.Max(Horizontal, Vertical) / shortRatio / 2) * 2;
        return Horizontal <= Vertical ? new FrameSize(shortSide, longSide) : new FrameSize(longSide, shortSide);
    }

    public override string ToString() => $"{Horizontal}:{Vertical}";
}
