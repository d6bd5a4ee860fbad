using Reelforge.Core.Requests.Specification;

namespace Reelforge.Cli.Commands;

/// <summary>Files as the CLI names them: paths on this machine. Music "random" is the built-in bed (no music library here).</summary>
internal sealed class CliRequestResources : IRequestResources
{
    public string? UploadsDirectory => null;

    public string? ResolveMusic(string name, out string? rule)
    {
        rule = null;
        if (File.Exists(name))
        {
            return Path.GetFullPath(name);
        }

        rule = $"names a music file that does not exist: '{name}'.";
        return null;
    }

    public string? PickMusic(int seed) => null;
}
