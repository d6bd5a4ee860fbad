namespace Reelforge.Core.Requests.Specification;

/// <summary>Resources of a request that names no files (a caption preview): music is the built-in bed.</summary>
public sealed class NoRequestResources : IRequestResources
{
    public static NoRequestResources Instance { get; } = new();

    public string? UploadsDirectory => null;

    public string? ResolveMusic(string name, out string? rule)
    {
        rule = "names a file, and none can be used here.";
        return null;
    }

    public string? PickMusic(int seed) => null;
}
