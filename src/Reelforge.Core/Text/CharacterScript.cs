namespace Reelforge.Core.Text;

/// <summary>Which writing system a character belongs to (by Unicode block).</summary>
public static class CharacterScript
{
    public static WritingScript Of(char c) => c switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' => WritingScript.Latin,
        >= '\u00C0' and <= '\u024F' when char.IsLetter(c) => WritingScript.Latin,
        >= '\u1E00' and <= '\u1EFF' => WritingScript.Latin,
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '\u3007' => WritingScript.Han,
        >= '\u3040' and <= '\u30FF' when c != '\u30FB' && c != '\u30FC' => WritingScript.Kana,
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' => WritingScript.Hangul,
        >= '\u0600' and <= '\u06FF' when char.IsLetter(c) => WritingScript.Arabic,
        >= '\u0750' and <= '\u077F' => WritingScript.Arabic,
        >= '\u0400' and <= '\u04FF' => WritingScript.Cyrillic,
        >= '\u0900' and <= '\u097F' when c != '\u0964' && c != '\u0965' => WritingScript.Devanagari,
        _ => WritingScript.Other,
    };

    /// <summary>Han or kana: written without spaces, one syllable per character.</summary>
    public static bool IsCjkIdeographic(char c) => Of(c) is WritingScript.Han or WritingScript.Kana;
}
