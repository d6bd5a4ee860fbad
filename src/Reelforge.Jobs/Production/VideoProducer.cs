using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Reelforge.Core.Footage;
using Reelforge.Core.Requests;
using Reelforge.Core.Writing;
using Reelforge.Data;
using Reelforge.Jobs.Library;
using Reelforge.Media;
using Reelforge.Pipeline.Captions;
using Reelforge.Pipeline.Generation;
using Reelforge.Providers.Footage;
using Reelforge.Providers.Llm;
using Reelforge.Providers.Speech;
using Reelforge.Providers.Writing;

namespace Reelforge.Jobs.Production;

/// <summary>
/// Makes one video from a request: picks the voice, the footage sources (stock, local, procedural) and the
/// script writer from configuration, and runs the generator. The CLI and the job workers both come through here.
/// The footage source name "library" means the imported media library in <paramref name="library"/>'s database.
/// </summary>
public sealed class VideoProducer(
    FfmpegRunner runner, SpeechEngineRegistry voices, IConfiguration configuration, ILoggerFactory loggerFactory, ReelforgeDatabase? library = null)
{
    private readonly VideoGenerator _generator = new(runner, loggerFactory.CreateLogger<VideoGenerator>());

    public FfmpegRunner Runner => runner;

    public SpeechEngineRegistry Voices => voices;

    public IConfiguration Configuration => configuration;

    /// <summary>The LLM settings from configuration, optionally overridden (never the key).</summary>
    public LlmOptions Llm(string? provider = null, string? model = null, string? baseUrl = null)
    {
        var options = configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();
        if (provider is not null)
        {
            if (!string.Equals(provider, options.Provider, StringComparison.OrdinalIgnoreCase))
            {
                // A different provider: the configured model and URL belong to the other one.
                options.Model = null;
                options.BaseUrl = null;
            }

            options.Provider = provider;
        }

        options.Model = model ?? options.Model;
        options.BaseUrl = baseUrl ?? options.BaseUrl;
        return options;
    }

    /// <summary>Rejects, before any work, what would fail later: an uninstalled caption font.</summary>
    public static void CheckRequest(VideoRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Captions.Mode != CaptionMode.Off && !FontResolver.Exists(request.Captions.FontFamily))
        {
            throw new InvalidRequestException($"Font '{request.Captions.FontFamily}' is not installed; 'fc-list : family' lists the fonts you can use.");
        }
    }

    /// <summary>The request's language (given, or detected from its text) and the voice that will speak it.</summary>
    public async Task<(VideoRequest Request, Narrator? Narrator)> ChooseVoiceAsync(VideoRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Voice.Language ?? Core.Text.LanguageDetector.Detect(request.Scenes.Count > 0 ? request.ScriptText : request.Topic ?? string.Empty);
        Narrator? narrator = null;
        if (!request.Voice.NoVoice)
        {
            var voice = request.Voice.Voice is { } selection
                ? await voices.FindVoiceAsync(selection, cancellationToken)
                : await voices.PickVoiceAsync(language, cancellationToken);
            narrator = new Narrator(voice.Engine, voice.Voice);
        }

        return (request with { Voice = request.Voice with { Language = language } }, narrator);
    }

    /// <summary>The LLM writer when one is configured, otherwise the offline keyword writer.</summary>
    public IScriptWriter CreateScriptWriter(LlmOptions llm, string cacheDirectory, bool bypassCache)
    {
        ArgumentNullException.ThrowIfNull(llm);
        try
        {
            return ScriptWriterFactory.Create(llm, Path.Combine(cacheDirectory, "llm"), bypassCache, loggerFactory);
        }
        catch (LlmConfigurationException e)
        {
            throw new InvalidRequestException(e.Message, e);
        }
    }

    /// <summary>Runs the generator with the voice, sources and writer this request and the configuration call for.</summary>
    public async Task<GenerationResult> ProduceAsync(
        VideoRequest request,
        GenerationOptions options,
        IProgress<StageProgress>? progress,
        CancellationToken cancellationToken,
        LlmOptions? llm = null,
        bool bypassCache = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        CheckRequest(request);
        var (voiced, narrator) = await ChooseVoiceAsync(request, cancellationToken);
        var names = voiced.Footage.StockSources;
        // Stock picks of a scene are downloaded even when no stock source is searched.
        var picked = voiced.Scenes.Any(s => s.StockPicks.Count > 0);
        using var stock = CreateStockFootage(names.Where(n => !LibraryFootageSource.IsLibrary(n)).ToList(), voiced.Format.Size, picked);
        var sources = new List<IFootageSource>();
        var nextStock = 0;
        foreach (var name in names)
        {
            // In the order asked for: the library takes its place among the stock providers.
            sources.Add(LibraryFootageSource.IsLibrary(name)
                ? new LibraryFootageSource(library ?? throw new InvalidRequestException("The media library needs a database; none is configured here."))
                : stock.Sources[nextStock++]);
        }

        if (voiced.Footage.Directories.Count > 0)
        {
            sources.Add(new LocalFootageSource(voiced.Footage.Directories));
        }

        if (voiced.Footage.EveryConfiguredSource)
        {
            var tolerant = loggerFactory.CreateLogger<TolerantFootageSource>();
            sources = [.. sources.Select(s => (IFootageSource)new TolerantFootageSource(s, tolerant))];
        }

        sources.Add(new ProceduralFootageSource(voiced.Seed));
        var writer = CreateScriptWriter(llm ?? Llm(), options.CacheDirectory, bypassCache);
        return await _generator.GenerateAsync(voiced, narrator, sources, writer, stock.Downloader, options, progress, cancellationToken);
    }

    /// <summary>
    /// Stock footage sources by name, sharing one HTTP client and a downloader; empty when none are asked for and
    /// <paramref name="withDownloader"/> is false.
    /// </summary>
    internal StockFootage CreateStockFootage(List<string> names, FrameSize size, bool withDownloader = false)
    {
        if (names.Count == 0 && !withDownloader)
        {
            return new StockFootage([], null, null);
        }

        var options = configuration.GetSection(StockOptions.SectionName).Get<StockOptions>() ?? new StockOptions();
        options.OutputWidth = Math.Min(size.Width, size.Height);
        options.OutputHeight = Math.Max(size.Width, size.Height);
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new InvalidRequestException($"Footage settings are invalid: {string.Join("; ", problems)}.");
        }

        var http = FootageDownloader.CreateHttpClient(options.AllowLoopbackForTests);
        var cache = StockSearchCache.FromOptions(options);
        var sources = names.Select(n => StockFootageFactory.CreateSource(n, http, options, cache, loggerFactory)!).ToList();
        return new StockFootage(sources, StockFootageFactory.CreateDownloader(http, options, loggerFactory), http);
    }
}
