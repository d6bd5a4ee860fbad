using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Core.Requests;
using Reelforge.Core.Speech;

namespace Reelforge.Providers.Speech;

/// <summary>
/// The installed speech engines by name, and the voice rules: the asked-for ENGINE:VOICE, or flite slt for
/// English and an espeak-ng voice for every other language. Cloud engines (OpenAI, ElevenLabs) take part once their
/// key is configured; one that cannot list its voices (refused key, no network) is left out of listings, not fatal.
/// </summary>
public sealed class SpeechEngineRegistry
{
    private const string VoicesHint = "run `reelforge voices` to list the voices installed here";

    // the espeak-ng voice to prefer for a language when several speak it
    private static readonly Dictionary<string, string> PreferredEspeakVoices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "en-us",
        ["zh"] = "cmn",
        ["es"] = "es",
        ["fr"] = "fr-fr",
        ["de"] = "de",
        ["pt"] = "pt-br",
        ["it"] = "it",
        ["ru"] = "ru",
        ["ja"] = "ja",
        ["ko"] = "ko",
        ["ar"] = "ar",
        ["hi"] = "hi",
    };

    private readonly Dictionary<string, ISpeechEngine> _engines;
    private readonly ILogger _logger;

    public SpeechEngineRegistry(IEnumerable<ISpeechEngine> engines, ILogger<SpeechEngineRegistry>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(engines);
        _engines = engines.ToDictionary(e => e.Name, StringComparer.OrdinalIgnoreCase);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public IReadOnlyCollection<ISpeechEngine> Engines => _engines.Values;

    public ISpeechEngine? Find(string engineName) => _engines.GetValueOrDefault(engineName);

    /// <summary>Every voice of every available engine.</summary>
    public async Task<IReadOnlyList<VoiceInfo>> ListVoicesAsync(CancellationToken cancellationToken)
    {
        var voices = new List<VoiceInfo>();
        foreach (var engine in _engines.Values.Where(e => e.IsAvailable))
        {
            voices.AddRange(await ListOrSkipAsync(engine, cancellationToken));
        }

        return voices;
    }

    /// <summary>The asked-for voice; throws <see cref="VoiceNotFoundException"/> naming `reelforge voices` when absent.</summary>
    public async Task<ResolvedVoice> FindVoiceAsync(VoiceSelection selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var engine = Find(selection.Engine);
        if (engine is null)
        {
            throw new VoiceNotFoundException(
                $"Unknown speech engine '{selection.Engine}' in voice '{selection}' (engines: {string.Join(", ", _engines.Keys)}); {VoicesHint}.");
        }

        if (!engine.IsAvailable)
        {
            throw new VoiceNotFoundException(engine.KeyHint is { } keyHint
                ? $"Speech engine '{engine.Name}' has no key: {keyHint}."
                : $"Speech engine '{engine.Name}' is not installed here; {VoicesHint}.");
        }

        var voices = await engine.ListVoicesAsync(cancellationToken);
        var voice = voices.FirstOrDefault(v => string.Equals(v.Id, selection.Voice, StringComparison.Ordinal))
            ?? voices.FirstOrDefault(v => string.Equals(v.Id, selection.Voice, StringComparison.OrdinalIgnoreCase));
        return voice is null
            ? throw new VoiceNotFoundException($"Voice '{selection}' is not installed; {VoicesHint}.")
            : new ResolvedVoice(engine, voice);
    }

    /// <summary>The default voice for a language: flite slt for English, otherwise an espeak-ng voice.</summary>
    public async Task<ResolvedVoice> PickVoiceAsync(string language, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        var baseLanguage = language.Split('-', '_')[0].ToLowerInvariant();

        if (baseLanguage == "en" && Find(FliteSpeechEngine.EngineName) is { IsAvailable: true } flite)
        {
            var voices = await flite.ListVoicesAsync(cancellationToken);
            var slt = voices.FirstOrDefault(v => v.Id == "slt") ?? (voices.Count > 0 ? voices[0] : null);
            if (slt is not null)
            {
                return new ResolvedVoice(flite, slt);
            }
        }

        if (Find(EspeakSpeechEngine.EngineName) is { IsAvailable: true } espeak)
        {
            var voices = await espeak.ListVoicesAsync(cancellationToken);
            var preferred = PreferredEspeakVoices.GetValueOrDefault(baseLanguage);
            var voice = voices.FirstOrDefault(v => string.Equals(v.Id, language, StringComparison.OrdinalIgnoreCase))
                ?? voices.FirstOrDefault(v => v.Id == preferred)
                ?? voices.FirstOrDefault(v => v.Languages.Contains(baseLanguage, StringComparer.OrdinalIgnoreCase));
            if (voice is not null)
            {
                return new ResolvedVoice(espeak, voice);
            }
        }

        // any other engine that claims the language
        foreach (var engine in _engines.Values.Where(e => e.IsAvailable))
        {
            var voices = await ListOrSkipAsync(engine, cancellationToken);
            var voice = voices.FirstOrDefault(v => v.Languages.Contains(baseLanguage, StringComparer.OrdinalIgnoreCase));
            if (voice is not null)
            {
                return new ResolvedVoice(engine, voice);
            }
        }

        throw new VoiceNotFoundException($"No installed voice speaks '{language}'; {VoicesHint}, or install espeak-ng.");
    }

    /// <summary>An engine's voices, or none when a cloud engine cannot be asked (its failure is logged, without the key).</summary>
    private async Task<IReadOnlyList<VoiceInfo>> ListOrSkipAsync(ISpeechEngine engine, CancellationToken cancellationToken)
    {
        try
        {
            return await engine.ListVoicesAsync(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException
            || (e is SpeechSynthesisException && engine.KeyHint is not null))
        {
            _logger.LogWarning("Speech engine {Engine} could not list its voices: {Reason}", engine.Name, e.Message);
            return [];
        }
    }
}
