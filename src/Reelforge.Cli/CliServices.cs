using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reelforge.Jobs.Hosting;
using Reelforge.Jobs.Production;
using Reelforge.Media;
using Reelforge.Media.Capabilities;
using Reelforge.Providers.Speech;

namespace Reelforge.Cli;

/// <summary>
/// What the commands share: the configuration, and the services of the one host builder
/// (<see cref="ReelforgeHost"/>), built on first use and checked then, so a misconfiguration stops the command
/// before any work with every problem named. <c>serve</c>, <c>worker</c> and <c>mcp</c> build their own long-running
/// host from the same registrations.
/// </summary>
internal sealed class CliServices(IConfiguration configuration, LogLevel logLevel) : IDisposable
{
    private IHost? _host;

    public IConfiguration Configuration => configuration;

    public LogLevel LogLevel => logLevel;

    public IServiceProvider Services => (_host ??= ReelforgeHost.CreateBuilder(configuration, logLevel).Build().Validated()).Services;

    public VideoProducer Producer => Services.GetRequiredService<VideoProducer>();

    public FfmpegRunner Runner => Services.GetRequiredService<FfmpegRunner>();

    public MediaCapabilityProbe Capabilities => Services.GetRequiredService<MediaCapabilityProbe>();

    public SpeechEngineRegistry Voices => Services.GetRequiredService<SpeechEngineRegistry>();

    public void Dispose() => _host?.Dispose();
}
