using Reelforge.Server.Hosting;
using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Processes;

/// <summary>By default the server is reachable from this machine only; beyond loopback it needs an API key.</summary>
public sealed class ServeStartupTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("http://localhost:8080", true)]
    [InlineData("http://[::1]:8080", true)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://+:8080", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://192.168.1.5:8080", false)]
    public void AllLoopback_TellsLoopbackFromEverythingElse(string url, bool loopback) =>
        Assert.Equal(loopback, ListenAddresses.AllLoopback([url]));

    [Fact]
    public async Task Serve_OnAllInterfacesWithoutApiKey_RefusesToStart()
    {
        using var data = new TempDirectory();
        var result = await RunToExitAsync(data.Path, new Dictionary<string, string>());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("without an API key", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data.Path, "reelforge.db")));
    }

    private static async Task<(int ExitCode, string Output)> RunToExitAsync(string dataDirectory, Dictionary<string, string> environment)
    {
        await using var process = ServerProcess.StartServe(dataDirectory, environment, "--urls", "http://0.0.0.0:0");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True(process.HasExited, "reelforge serve kept running:\n" + process.Output);
        await Task.Delay(200);
        return (process.ExitCode, process.Output);
    }
}
