using Microsoft.Extensions.Options;
using Reelforge.Server.Hosting;

namespace Reelforge.Server.Mcp;

/// <summary>Over HTTP: the configured public URL, else the address the server listens on (as webhooks do).</summary>
internal sealed class ServerTaskLinks(IOptions<ServerOptions> options, ServerAddress address) : ITaskLinks
{
    public string BaseUrl => options.Value.PublicUrl?.ToString().TrimEnd('/') ?? address.Value.TrimEnd('/');
}
