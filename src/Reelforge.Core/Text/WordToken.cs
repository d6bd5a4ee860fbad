namespace Reelforge.Core.Text;

/// <summary>A word exactly as written in the sentence, with its character offset there.</summary>
public sealed record WordToken(string Text, int Offset)
{
    public int Length => Text.Length;

    public int End => Offset + Text.Length;
}
