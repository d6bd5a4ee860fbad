using Reelforge.Core.Requests.Specification;

namespace Reelforge.Server.Api.Contracts;

/// <summary>The server's files as a request names them: music and materials by file name, never by path.</summary>
internal sealed class ServerRequestResources(IServerMedia media) : IRequestResources
{
    public string? UploadsDirectory => media.MaterialsDirectory;

    public string? ResolveMusic(string name, out string? rule)
    {
        rule = null;
        if (!MediaName.IsPlainFileName(name))
        {
            rule = $"must be the file name of a track in the music library (no folders or paths), not '{name}'.";
            return null;
        }

        var file = media.ResolveMusic(name);
        if (file is null)
        {
            rule = $"names no track in the music library: '{name}'.";
        }

        return file;
    }

    public string? PickMusic(int seed) => media.PickMusic(seed);
}
