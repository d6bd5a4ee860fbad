using Reelforge.TestSupport;

namespace Reelforge.Mcp.Tests;

/// <summary>A real <c>reelforge serve</c> with an API key configured, and an HTTP client that sends the key.</summary>
public sealed class HttpServer : IAsyncLifetime
{
    public const string ApiKey = "mcp-test-key-7f3a";

    private TempDirectory Data { get; } = new();

    public ServerProcess Process { get; private set; } = null!;

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public Uri BaseAddress => Process.BaseAddress!;

    public async Task InitializeAsync()
    {
        RequiredTool.Require("ffmpeg");
        RequiredTool.Require("flite");
        Client.DefaultRequestHeaders.Add("X-API-Key", ApiKey);
        Process = ServerProcess.StartServe(Path.Combine(Data.Path, "data"), new Dictionary<string, string> { ["Reelforge__Server__ApiKeys__0"] = ApiKey });
        await Process.WaitReadyAsync(Client, TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        await Process.DisposeAsync();
        Client.Dispose();
        Data.Dispose();
    }
}
