namespace Reelforge.Core.Requests;

/// <summary>Encoder quality tier: draft, standard or high.</summary>
public enum RenderQuality
{
    Draft,
    Standard,
    High,
}
