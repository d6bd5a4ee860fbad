using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Reelforge.Core.Writing;
using Reelforge.Pipeline.Generation;
using Reelforge.Providers.Footage;
using Reelforge.Providers.Llm;
using Reelforge.Providers.Writing;
using Reelforge.Media;
using Reelforge.Providers.Speech;

namespace Reelforge.Cli;

/// <summary>The services the commands share, composed once.</summary>
internal sealed class CliServices
{
    private readonly ILoggerFactory _loggerFactory;

    public CliServices(ILoggerFactory loggerFactory, IConfiguration configuration)
    {
        _loggerFactory = loggerFactory;
        Configuration = configuration;
        Runner = new FfmpegRunner(logger: loggerFactory.CreateLogger<FfmpegRunner>());
        Voices = new SpeechEngineRegistry([
            new FliteSpeechEngine(),
            new EspeakSpeechEngine(loggerFactory.CreateLogger<EspeakSpeechEngine>()),
        ]);
        Generator = new VideoGenerator(Runner, loggerFactory.CreateLogger<VideoGenerator>());
    }

    public IConfiguration Configuration { get; }

    public FfmpegRunner Runner { get; }

    public SpeechEngineRegistry Voices { get; }

    public VideoGenerator Generator { get; }

    /// <summary>Stock footage sources by name, sharing one HTTP client and a downloader; empty when none are asked for.</summary>
    public StockFootage CreateStockFootage(IReadOnlyList<string> names, Core.Requests.FrameSize size)
    {
        if (names.Count == 0)
        {
            return new StockFootage([], null, null);
        }

        var options = Configuration.GetSection(StockOptions.SectionName).Get<StockOptions>() ?? new StockOptions();
        options.OutputWidth = Math.Min(size.Width, size.Height);
        options.OutputHeight = Math.Max(size.Width, size.Height);
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new InvalidRequestException($"Footage settings are invalid: {string.Join("; ", problems)}.");
        }

        var http = FootageDownloader.CreateHttpClient();
        var cache = StockSearchCache.FromOptions(options);
        var sources = names.Select(n => StockFootageFactory.CreateSource(n, http, options, cache, _loggerFactory)!).ToList();
        return new StockFootage(sources, StockFootageFactory.CreateDownloader(http, options, _loggerFactory), http);
    }

    /// <summary>The LLM writer when one is configured, otherwise the offline keyword writer.</summary>
    public IScriptWriter CreateScriptWriter(LlmOptions llm, string cacheDirectory, bool bypassCache)
    {
        try
        {
            return ScriptWriterFactory.Create(llm, Path.Combine(cacheDirectory, "llm"), bypassCache, _loggerFactory);
        }
        catch (LlmConfigurationException e)
        {
            throw new InvalidRequestException(e.Message, e);
        }
    }
}
