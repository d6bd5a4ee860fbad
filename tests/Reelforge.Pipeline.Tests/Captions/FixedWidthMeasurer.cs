using System.Globalization;
using Reelforge.Pipeline.Captions;

namespace Reelforge.Pipeline.Tests.Captions;

/// <summary>A predictable measurer: every character is half an em wide, CJK characters a full em.</summary>
internal sealed class FixedWidthMeasurer : ITextMeasurer
{
    public double Measure(string text, string fontFamily, double pixelSize)
    {
        var width = 0.0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            width += char.ConvertToUtf32(element, 0) >= 0x2E80 ? pixelSize : pixelSize / 2;
        }

        return width;
    }

    public double LineHeight(string fontFamily, double pixelSize) => pixelSize * 1.2;
}
