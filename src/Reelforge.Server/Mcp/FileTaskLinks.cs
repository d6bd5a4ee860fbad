using Reelforge.Data.Storage;

namespace Reelforge.Server.Mcp;

/// <summary>Over stdio: the data directory as a <c>file://</c> URI, so results are local file URLs.</summary>
internal sealed class FileTaskLinks(DataLayout layout) : ITaskLinks
{
    public string BaseUrl { get; } = new Uri(layout.Root).AbsoluteUri.TrimEnd('/');
}
