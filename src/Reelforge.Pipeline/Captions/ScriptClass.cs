namespace Reelforge.Pipeline.Captions;

/// <summary>Which characters break where: CJK text breaks between characters, other scripts at spaces.</summary>
internal static class ScriptClass
{
    // Never start a line (kinsoku): closing punctuation, small kana, prolonged sound mark, Latin closers.
    private const string Closing = "，。！？、）」』】》〉〕〗〙〛｝］：；…‥・ー々〜”’ゃゅょっぁぃぅぇぉャュョッァィゥェォ.,!?:;)]}%";

    // Never end a line.
    private const string Opening = "（「『【《〈〔〖〘〚｛［“‘([{¿¡";

    /// <summary>Han, kana, CJK punctuation and full-width forms: each may stand on a line break alone.</summary>
    public static bool IsCjk(int codePoint) => codePoint is
        (>= 0x2E80 and <= 0x9FFF)       // radicals, CJK symbols and punctuation, kana, bopomofo, ext A, unified ideographs
        or (>= 0xF900 and <= 0xFAFF)    // compatibility ideographs
        or (>= 0xFE30 and <= 0xFE4F)    // compatibility forms
        or (>= 0xFF00 and <= 0xFF60)    // full-width forms
        or (>= 0xFFE0 and <= 0xFFE6)
        or (>= 0x20000 and <= 0x3FFFF); // ideograph extensions B+

    public static bool IsClosing(string cluster) => cluster.Length == 1 && Closing.Contains(cluster[0], StringComparison.Ordinal);

    public static bool IsOpening(string cluster) => cluster.Length == 1 && Opening.Contains(cluster[0], StringComparison.Ordinal);

    /// <summary>Code points that take no room on their own: joiners, variation selectors, tags.</summary>
    public static bool IsIgnorable(int codePoint) => codePoint is
        0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF
        or (>= 0xFE00 and <= 0xFE0F)
        or (>= 0xE0000 and <= 0xE007F)
        or (>= 0xE0100 and <= 0xE01EF);

    /// <summary>Emoji modifiers (skin tones) and regional indicators: shaped together with their neighbour into one glyph.</summary>
    public static bool JoinsEmoji(int codePoint) => codePoint is
        (>= 0x1F3FB and <= 0x1F3FF) or (>= 0x1F1E6 and <= 0x1F1FF) or 0x200D or 0xFE0F or 0x20E3;
}
