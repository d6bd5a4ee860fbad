namespace Reelforge.Core.Requests.Specification;

/// <summary>Files a request names, as the face understands them: paths on the CLI, library names on the server.</summary>
public interface IRequestResources
{
    /// <summary>The music file a name means, or null with the broken rule.</summary>
    string? ResolveMusic(string name, out string? rule);

    /// <summary>For music "random": a track of the music library picked by the seed, or null for the built-in bed.</summary>
    string? PickMusic(int seed);

    /// <summary>The folder of uploaded materials (footage source "uploads"), or null where there is none.</summary>
    string? UploadsDirectory { get; }
}
