using System.Collections.Concurrent;
using ModelContextProtocol.Client;
using Reelforge.TestSupport;

namespace Reelforge.Mcp.Tests;

/// <summary>
/// The built <c>reelforge mcp</c> as an agent starts it (<c>dotnet reelforge.dll mcp --data-dir …</c>), connected with
/// the C# SDK's stdio client. Its stderr is kept for failure messages; disposing ends the process.
/// </summary>
public sealed class StdioServer : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _stderr = new();

    public TempDirectory Data { get; } = new();

    public McpClient Client { get; private set; } = null!;

    public string DataDirectory => Path.Combine(Data.Path, "data");

    public string StandardError => string.Join('\n', _stderr);

    public async Task InitializeAsync()
    {
        RequiredTool.Require("ffmpeg");
        RequiredTool.Require("flite");
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "reelforge",
            Command = "dotnet",
            Arguments = [Path.Combine(AppContext.BaseDirectory, "reelforge.dll"), "mcp", "--data-dir", DataDirectory],
            EnvironmentVariables = new Dictionary<string, string?>
            {
                ["REELFORGE_CACHE_DIR"] = Path.Combine(Path.GetTempPath(), "reelforge-tests", "mcp-cache"),
            },
            StandardErrorLines = line => _stderr.Enqueue(line),
            ShutdownTimeout = TimeSpan.FromSeconds(10),
        });
        Client = await McpClient.CreateAsync(transport, new McpClientOptions { InitializationTimeout = TimeSpan.FromSeconds(60) });
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        Data.Dispose();
    }
}
