namespace Reelforge.Pipeline.Captions;

/// <summary>
/// An unbreakable piece of a sentence: a word (Latin), a character with its glued punctuation (CJK),
/// or a piece of an over-long word that was hyphenated.
/// </summary>
/// <param name="Text">The text shown, without the inserted hyphen.</param>
/// <param name="Start">Offset of the first character in the sentence.</param>
/// <param name="End">Offset after the last character in the sentence.</param>
/// <param name="SpaceBefore">Whether a space separates it from the previous token.</param>
/// <param name="HyphenAfter">Whether it is a piece of a split word that a following piece continues (the line must end after it, with "-").</param>
internal sealed record CaptionToken(string Text, int Start, int End, bool SpaceBefore, bool HyphenAfter = false)
{
    public string Display => HyphenAfter ? Text + "-" : Text;
}
