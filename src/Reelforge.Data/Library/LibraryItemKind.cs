namespace Reelforge.Data.Library;

/// <summary>What a library file is: footage that plays, or a still that is panned over.</summary>
public enum LibraryItemKind
{
    Video,
    Image,
}
