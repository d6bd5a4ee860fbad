namespace Reelforge.Core.Requests;

/// <summary>Where captions sit: top, center, bottom, or a custom vertical percentage (0 = top edge, 100 = bottom edge).</summary>
public sealed record CaptionPosition(CaptionAnchor Anchor, double Percent)
{
    public static readonly CaptionPosition Top = new(CaptionAnchor.Top, 15);
    public static readonly CaptionPosition Center = new(CaptionAnchor.Center, 50);
    public static readonly CaptionPosition Bottom = new(CaptionAnchor.Bottom, 78);

    /// <summary>Parses "top", "center", "bottom" or "custom:PERCENT".</summary>
    public static bool TryParse(string? text, out CaptionPosition position)
    {
        position = Bottom;
        var value = text?.Trim().ToLowerInvariant();
        switch (value)
        {
            case "top": position = Top; return true;
            case "center" or "middle": position = Center; return true;
            case "bottom": position = Bottom; return true;
        }

        if (value is not null && value.StartsWith("custom:", StringComparison.Ordinal)
            && double.TryParse(value.AsSpan(7), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var percent)
            && percent is >= 0 and <= 100)
        {
            position = new CaptionPosition(CaptionAnchor.Custom, percent);
            return true;
        }

        return false;
    }

    public override string ToString() => Anchor == CaptionAnchor.Custom
        ? FormattableString.Invariant($"custom:{Percent}")
        : Anchor.ToString().ToLowerInvariant();
}
