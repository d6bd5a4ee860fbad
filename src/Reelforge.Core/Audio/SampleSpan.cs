namespace Reelforge.Core.Audio;

/// <summary>A half-open range of sample indices [Start, End).</summary>
public readonly record struct SampleSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;
}
