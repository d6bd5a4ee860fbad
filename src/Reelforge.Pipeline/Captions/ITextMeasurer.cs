namespace Reelforge.Pipeline.Captions;

/// <summary>Measures text the way the caption renderer (libass) will draw it.</summary>
public interface ITextMeasurer
{
    /// <summary>The advance width in pixels of <paramref name="text"/> in <paramref name="fontFamily"/> at an em size of <paramref name="pixelSize"/>.</summary>
    double Measure(string text, string fontFamily, double pixelSize);

    /// <summary>
    /// The height of one line (ascent + descent) of <paramref name="fontFamily"/> at an em size of <paramref name="pixelSize"/>.
    /// libass sizes fonts by this height (VSFilter semantics), so it is also the ASS Fontsize that renders this em size.
    /// </summary>
    double LineHeight(string fontFamily, double pixelSize);
}
