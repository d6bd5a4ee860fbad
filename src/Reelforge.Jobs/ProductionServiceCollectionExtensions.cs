using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reelforge.Data;
using Reelforge.Jobs.Hosting;
using Reelforge.Jobs.Production;
using Reelforge.Media;
using Reelforge.Media.Capabilities;
using Reelforge.Media.Encoders;
using Reelforge.Pipeline.Render;
using Reelforge.Providers.Footage;
using Reelforge.Providers.Llm;
using Reelforge.Providers.Resilience;
using Reelforge.Providers.Speech;

namespace Reelforge.Jobs;

public static class ProductionServiceCollectionExtensions
{
    /// <summary>The name of the HTTP client the LLM endpoints use.</summary>
    public const string LlmHttpClientName = "llm";

    /// <summary>
    /// Everything that makes a video, once per process: the ffmpeg runner with its capability and hardware encoder probes, the render settings, the speech engines,
    /// the LLM chat clients (with their circuit breakers), the stock providers, the video producer and the footage search,
    /// the HTTP clients they send through, and their settings, bound and validated at start. The CLI commands, the
    /// server, the workers, MCP and the tests all compose through here.
    /// </summary>
    public static IServiceCollection AddReelforgeProduction(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(VideoProducer)))
        {
            // Already composed (the host builder did it; the jobs module asks again): one binding per section.
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(JobsServiceCollectionExtensions.DatabaseFrom(configuration));
        services.TryAddSingleton<ReelforgeDatabase>();

        services.AddValidatedSettings<LlmOptions>(configuration, LlmOptions.SectionName, LlmOptionsValidator.Validate);
        services.AddValidatedSettings<StockOptions>(configuration, StockOptions.SectionName, o => o.Validate());
        services.AddValidatedSettings<OpenAiSpeechOptions>(configuration, OpenAiSpeechOptions.SectionName, o => o.Validate());
        services.AddValidatedSettings<ElevenLabsSpeechOptions>(configuration, ElevenLabsSpeechOptions.SectionName, o => o.Validate());
        services.AddValidatedSettings<RenderOptions>(configuration, RenderOptions.Section, o => o.Validate());

        services.AddHttpClient(LlmHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        // One named retry policy per kind of dependency (section Resilience:{Kind}); the older settings they replace stay
        // their defaults, so a configuration written for them keeps its meaning.
        // LLM: Resilience:Llm:* and the older Llm:Resilience:* are the same settings (the newer name wins); the policy
        // is each chat client's own (a connection test asks for no retries), the named one is what is checked at start.
        services.PostConfigure<LlmOptions>(o => configuration.GetSection(DependencyKind.SectionOf(DependencyKind.Llm)).Bind(o.Resilience));
        services.AddRetryPolicy<LlmOptions>(configuration, DependencyKind.Llm, LlmOptions.SectionName, o => o.Resilience.Retry);
        // Speech: the named policy gives the waits; each engine's MaxRetries and TimeoutSeconds ride on its requests.
        services.AddRetryPolicy(configuration, DependencyKind.Speech, new RetryPolicy());
        services.AddRetryPolicy<StockOptions>(configuration, DependencyKind.Stock, StockOptions.SectionName, o => o.SearchRetry);
        services.AddRetryPolicy<StockOptions>(configuration, DependencyKind.Download, StockOptions.SectionName, o => o.DownloadRetry);
        services.AddHttpClient(SpeechEngines.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(SpeechEngines.HttpClientName, (pipeline, context) => pipeline.AddTransientRetry(
                context.ServiceProvider.GetRequiredService<IOptionsMonitor<RetryPolicy>>().Get(DependencyKind.Speech),
                context.ServiceProvider.GetRequiredService<TimeProvider>(),
                context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SpeechEngines))));
        // Downloads and stock APIs: no redirects followed blindly, every connection's address checked (see FootageDownloader).
        services.AddHttpClient(StockProviders.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => FootageDownloader.CreateHandler(sp.GetRequiredService<IOptions<StockOptions>>().Value.AllowLoopbackForTests));

        services.TryAddSingleton(sp => new FfmpegRunner(logger: sp.GetRequiredService<ILogger<FfmpegRunner>>()));
        services.TryAddSingleton<MediaCapabilityProbe>(sp => sp.GetRequiredService<FfmpegRunner>().Capabilities);
        services.TryAddSingleton<HardwareEncoderProbe>(sp => sp.GetRequiredService<FfmpegRunner>().Encoders);
        services.TryAddSingleton(sp => SpeechEngines.CreateRegistry(
            sp.GetRequiredService<IOptionsMonitor<OpenAiSpeechOptions>>(),
            sp.GetRequiredService<IOptionsMonitor<ElevenLabsSpeechOptions>>(),
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new ChatClientFactory(
            sp.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(LlmHttpClientName),
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<LlmChatClients>();
        services.TryAddSingleton<StockProviders>();
        services.TryAddSingleton<VideoProducer>();
        services.TryAddSingleton<FootageSearch>();
        return services;
    }
}
