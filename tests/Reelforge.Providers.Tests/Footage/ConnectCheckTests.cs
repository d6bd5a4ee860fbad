using System.Net;
using Reelforge.Providers.Footage;
using Reelforge.TestSupport;

namespace Reelforge.Providers.Tests.Footage;

/// <summary>The stock HTTP client checks the address it actually connects to, not only the one checked earlier.</summary>
public sealed class ConnectCheckTests
{
    [Fact]
    public async Task ProductionClient_ConnectingToLoopback_IsRefusedAtConnectTime()
    {
        await using var server = new LoopbackServer(_ => LoopbackResponse.Json("{}"));
        using var http = FootageDownloader.CreateHttpClient();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(server.BaseUrl));

        Assert.Contains("private or loopback", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task ProductionClient_NameResolvingToLoopback_IsRefusedAtConnectTime()
    {
        await using var server = new LoopbackServer(_ => LoopbackResponse.Json("{}"));
        using var http = FootageDownloader.CreateHttpClient();

        // "localhost" resolves to loopback: what a rebinding host name would do after passing the earlier check.
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri($"http://localhost:{server.BaseUrl.Port}/")));

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task TestClient_AllowingLoopback_Connects()
    {
        await using var server = new LoopbackServer(_ => LoopbackResponse.Json("{}"));
        using var http = FootageDownloader.CreateHttpClient(allowLoopback: true);

        using var response = await http.GetAsync(server.BaseUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("93.184.216.34", false)]
    public void IsInternal_KnowsPrivateRanges(string address, bool expected) =>
        Assert.Equal(expected, DownloadAddressPolicy.IsInternal(IPAddress.Parse(address)));
}
