namespace Reelforge.Core.Footage;

/// <summary>What a piece of footage is.</summary>
public enum FootageKind
{
    Video,
    Image,
    Procedural,
}
