namespace Reelforge.Core.Requests;

/// <summary>The named caption placements.</summary>
public enum CaptionAnchor
{
    Top,
    Center,
    Bottom,
    Custom,
}
