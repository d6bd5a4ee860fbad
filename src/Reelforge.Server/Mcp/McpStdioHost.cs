using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reelforge.Jobs;
using Reelforge.Jobs.Hosting;
using Reelforge.Server.Api;

namespace Reelforge.Server.Mcp;

/// <summary>
/// <c>reelforge mcp</c>: the MCP server on stdin/stdout for an agent that launches it, with its own job worker on the
/// data directory. Standard output belongs to the protocol, so every log line goes to standard error.
/// </summary>
public static class McpStdioHost
{
    public static async Task RunAsync(IConfiguration configuration, LogLevel logLevel, CancellationToken cancellationToken)
    {
        using var host = CreateBuilder(configuration, logLevel).Build();
        await host.RunAsync(cancellationToken);
    }

    /// <summary>The host of <c>reelforge mcp</c>: the one host builder with the jobs module and the MCP tools on stdio.</summary>
    public static HostApplicationBuilder CreateBuilder(IConfiguration configuration, LogLevel logLevel)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = ReelforgeHost.CreateBuilder(configuration, logLevel);
        builder.Services.AddReelforgeJobs(configuration, runWorker: true);
        builder.Services.AddSingleton<VideoSubmitter>();
        builder.Services.AddReelforgeMcp<FileTaskLinks>().WithStdioServerTransport();
        return builder;
    }
}
