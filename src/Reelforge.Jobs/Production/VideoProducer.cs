using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reelforge.Core.Footage;
using Reelforge.Core.Requests;
using Reelforge.Core.Writing;
using Reelforge.Data;
using Reelforge.Jobs.Library;
using Reelforge.Media;
using Reelforge.Pipeline.Captions;
using Reelforge.Pipeline.Generation;
using Reelforge.Pipeline.Render;
using Reelforge.Providers.Footage;
using Reelforge.Providers.Llm;
using Reelforge.Providers.Speech;
using Reelforge.Providers.Writing;

namespace Reelforge.Jobs.Production;

/// <summary>
/// Makes one video from a request: picks the voice, the footage sources (stock, local, procedural) and the script
/// writer from the current settings, and runs the generator. The CLI and the job workers both come through here,
/// resolved from the one host (<see cref="Hosting.ReelforgeHost"/>). The footage source name "library" means the
/// imported media library in <paramref name="library"/>'s database.
/// </summary>
public sealed class VideoProducer(
    FfmpegRunner runner,
    SpeechEngineRegistry voices,
    IOptionsMonitor<LlmOptions> llm,
    LlmChatClients chatClients,
    StockProviders stock,
    ILoggerFactory loggerFactory,
    IOptionsMonitor<RenderOptions> render,
    ReelforgeDatabase? library = null)
{
    private readonly VideoGenerator _generator = new(runner, loggerFactory.CreateLogger<VideoGenerator>());

    public FfmpegRunner Runner => runner;

    public SpeechEngineRegistry Voices => voices;

    /// <summary>The LLM settings as they are now, optionally overridden for one call (never the key).</summary>
    public LlmOptions Llm(string? provider = null, string? model = null, string? baseUrl = null) =>
        llm.CurrentValue.WithEndpoint(provider, model, baseUrl);

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
            return ScriptWriterFactory.Create(llm, chatClients.Get, Path.Combine(cacheDirectory, "llm"), bypassCache, loggerFactory);
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
        using var stockFootage = stock.Create(names.Where(n => !LibraryFootageSource.IsLibrary(n)).ToList(), voiced.Format.Size, picked);
        var sources = new List<IFootageSource>();
        var nextStock = 0;
        foreach (var name in names)
        {
            // In the order asked for: the library takes its place among the stock providers.
            sources.Add(LibraryFootageSource.IsLibrary(name)
                ? new LibraryFootageSource(new DatabaseMediaLibrary(library ?? throw new InvalidRequestException("The media library needs a database; none is configured here.")))
                : stockFootage.Sources[nextStock++]);
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
        return await _generator.GenerateAsync(voiced, narrator, sources, writer, stockFootage.Downloader, options with { Render = options.Render ?? render.CurrentValue }, progress, cancellationToken);
    }
}
