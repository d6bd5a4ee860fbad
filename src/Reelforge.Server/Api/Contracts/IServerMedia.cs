namespace Reelforge.Server.Api.Contracts;

/// <summary>The server's uploaded materials and music library, by file name; nothing outside them is reachable.</summary>
public interface IServerMedia
{
    /// <summary>The directory of uploaded materials (what <c>video_source: "local"</c> draws from).</summary>
    string MaterialsDirectory { get; }

    /// <summary>The full path of the uploaded material with this file name, or null when there is none.</summary>
    string? ResolveMaterial(string name);

    /// <summary>The full path of the music file with this file name, or null when there is none.</summary>
    string? ResolveMusic(string name);

    /// <summary>A music file for <c>bgm_type: "random"</c>, chosen by <paramref name="seed"/>; null = use the built-in bed.</summary>
    string? PickMusic(int seed);
}
