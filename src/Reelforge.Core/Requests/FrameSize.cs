namespace Reelforge.Core.Requests;

/// <summary>A frame size in pixels.</summary>
public readonly record struct FrameSize(int Width, int Height)
{
    public bool IsPortrait => Height > Width;

    public override string ToString() => $"{Width}x{Height}";
}
