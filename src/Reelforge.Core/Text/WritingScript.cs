namespace Reelforge.Core.Text;

/// <summary>The writing systems the narration stage tells apart.</summary>
public enum WritingScript
{
    Other,
    Latin,
    Han,
    Kana,
    Hangul,
    Arabic,
    Cyrillic,
    Devanagari,
}
