using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ModelContextProtocol.Client;
using Reelforge.TestSupport;

namespace Reelforge.Mcp.Tests;

/// <summary>
/// <c>/mcp</c> on a running <c>reelforge serve</c> over Streamable HTTP: the official TypeScript SDK as the client
/// (tests/Reelforge.Mcp.Tests/ts, installed by ./test), the C# SDK's HTTP client, and the API-key rule.
/// </summary>
public sealed class HttpMcpTests(HttpServer server) : IClassFixture<HttpServer>
{
    [Fact]
    public async Task TypeScriptSdkClient_ListsTools_MakesAVideo_WaitsWithProgress_ReadsResources_AndCancelsAnother()
    {
        var output = await RunTypeScriptClientAsync(server.BaseAddress, HttpServer.ApiKey);

        var tools = output.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Equal(10, tools.Count);
        Assert.Contains("wait_for_task", tools);
        var aspect = output.GetProperty("tools").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "create_video").GetProperty("aspect");
        Assert.Equal(["9:16", "16:9", "1:1", "4:5"], aspect.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));

        var taskId = output.GetProperty("created").GetProperty("task_id").GetString()!;
        var expectedUrl = $"{server.BaseAddress.ToString().TrimEnd('/')}/tasks/{taskId}/final-1.mp4";
        Assert.Equal(expectedUrl, output.GetProperty("created").GetProperty("videos")[0].GetString());

        var progress = output.GetProperty("progress").EnumerateArray().Select(p => p.GetProperty("progress").GetDouble()).ToList();
        Assert.True(progress.Count >= 3, $"only {progress.Count} progress notifications: {output.GetProperty("progress")}");
        Assert.True(progress.Zip(progress.Skip(1)).All(p => p.Second > p.First), string.Join(", ", progress));
        Assert.Equal(100, progress[^1]);

        var waited = output.GetProperty("waited");
        Assert.True(waited.GetProperty("finished").GetBoolean(), $"{waited}\n{server.Process.Output}");
        Assert.Equal("complete", waited.GetProperty("task").GetProperty("status").GetString());
        Assert.Equal(expectedUrl, waited.GetProperty("task").GetProperty("videos")[0].GetString());

        // The result URL is served by the same server (with the key).
        using (var video = await server.Client.GetAsync(new Uri(expectedUrl)))
        {
            Assert.Equal(HttpStatusCode.OK, video.StatusCode);
            Assert.Equal("video/mp4", video.Content.Headers.ContentType?.MediaType);
        }

        var reads = output.GetProperty("reads").EnumerateArray().ToDictionary(r => r.GetProperty("uri").GetString()![(r.GetProperty("uri").GetString()!.LastIndexOf('/') + 1)..]);
        Assert.Equal("blob", reads["final-1.mp4"].GetProperty("kind").GetString());
        Assert.Equal("ftyp", reads["final-1.mp4"].GetProperty("box").GetString());
        Assert.True(reads["final-1.mp4"].GetProperty("bytes").GetInt32() > 1000);
        Assert.Contains("Volcanoes", reads["final-1.srt"].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(reads["final-1.manifest.json"].GetProperty("text").GetString()!).RootElement.ValueKind);
        Assert.Contains("reelforge://tasks/{task_id}/{file}", output.GetProperty("templates").EnumerateArray().Select(t => t.GetString()));

        Assert.True(output.GetProperty("cancelledLater").GetProperty("finished").GetBoolean(), output.GetProperty("cancelledLater").ToString());
        Assert.Equal("cancelled", output.GetProperty("cancelledLater").GetProperty("task").GetProperty("status").GetString());
        Assert.True(output.GetProperty("invalid").GetProperty("isError").GetBoolean());
        Assert.Contains("aspect must be 9:16, 16:9, 1:1 or 4:5", output.GetProperty("invalid").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithApiKeysConfigured_McpWithoutAKey_Is401()
    {
        using var anonymous = new HttpClient();
        using var body = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseAddress, "/mcp")) { Content = body };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        using var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CSharpSdkHttpClient_WithTheKeyAsBearer_ListsTheTools()
    {
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(server.BaseAddress, "/mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {HttpServer.ApiKey}" },
        });
        await using var client = await McpClient.CreateAsync(transport);

        var tools = await client.ListToolsAsync();

        Assert.Equal(10, tools.Count);
        Assert.Equal("reelforge", client.ServerInfo?.Name);
    }

    /// <summary>Runs ts/client.mjs with node; fails (never skips) when node or the npm packages are missing.</summary>
    private static async Task<JsonElement> RunTypeScriptClientAsync(Uri baseAddress, string apiKey)
    {
        var node = RequiredTool.Require("node");
        var directory = TypeScriptClientDirectory();
        Assert.True(Directory.Exists(Path.Combine(directory, "node_modules", "@modelcontextprotocol", "sdk")),
            $"The TypeScript MCP SDK is not installed in {directory}: run 'npm ci' there (./test does it).");
        var psi = new ProcessStartInfo(node)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("client.mjs");
        psi.ArgumentList.Add(baseAddress.ToString());
        psi.ArgumentList.Add(apiKey);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(process.ExitCode == 0, $"node client.mjs exited {process.ExitCode}:\n{await stderr}\n{await stdout}");
        return JsonDocument.Parse(await stdout).RootElement.Clone();
    }

    private static string TypeScriptClientDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Reelforge.slnx")))
            {
                return Path.Combine(directory.FullName, "tests", "Reelforge.Mcp.Tests", "ts");
            }
        }

        throw new InvalidOperationException($"Reelforge.slnx not found above {AppContext.BaseDirectory}.");
    }
}
