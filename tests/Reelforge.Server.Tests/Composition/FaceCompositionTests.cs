using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reelforge.Jobs.Hosting;
using Reelforge.Jobs.Production;
using Reelforge.Jobs.Tasks;
using Reelforge.Media.Capabilities;
using Reelforge.Providers.Llm;
using Reelforge.Server.Mcp;
using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Composition;

/// <summary>A command, the worker, MCP on stdio and the server are composed from the same registrations.</summary>
public sealed class FaceCompositionTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    public static TheoryData<string> Faces => ["command", "worker", "mcp", "serve"];

    [Theory]
    [MemberData(nameof(Faces))]
    public void EveryFace_ResolvesTheProductionServicesOncePerProcess(string face)
    {
        using var host = Build(face, []);

        var services = host.Services;
        Assert.Same(services.GetRequiredService<VideoProducer>(), services.GetRequiredService<VideoProducer>());
        Assert.Same(services.GetRequiredService<LlmChatClients>(), services.GetRequiredService<LlmChatClients>());
        Assert.Same(services.GetRequiredService<MediaCapabilityProbe>(), services.GetRequiredService<MediaCapabilityProbe>());
        Assert.NotNull(services.GetRequiredService<FootageSearch>());
        if (face != "command")
        {
            Assert.NotNull(services.GetRequiredService<WebhookNotifier>());
        }
    }

    [Theory]
    [MemberData(nameof(Faces))]
    public async Task EveryFace_WithABadSetting_DoesNotStart(string face)
    {
        using var host = Build(face, new() { ["Footage:Pexels:BaseUrl"] = "ftp://pexels.example/" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Footage:Pexels:BaseUrl must be an absolute https URL.", error.Failures);
    }

    private IHost Build(string face, Dictionary<string, string?> settings)
    {
        settings["DataDirectory"] = _data.Path;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var builder = face switch
        {
            "command" => ReelforgeHost.CreateBuilder(configuration),
            "worker" => ReelforgeServer.CreateWorkerBuilder(configuration),
            "mcp" => McpStdioHost.CreateBuilder(configuration, LogLevel.Warning),
            _ => null,
        };
        if (builder is null)
        {
            var web = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            web.Services.AddReelforgeServer(configuration, runWorker: false);
            builder = web;
        }

        builder.Logging.ClearProviders();
        return builder.Build();
    }
}
