namespace Reelforge.Core.Requests;

/// <summary>How footage of another shape fills the frame.</summary>
public enum FootageFit
{
    /// <summary>Scale to cover and crop the overflow.</summary>
    Crop,

    /// <summary>Fit inside, over a blurred, cropped copy of itself.</summary>
    Blur,

    /// <summary>Fit inside, with black bars.</summary>
    Letterbox,
}
