using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Core.Audio;
using Reelforge.Core.Speech;

namespace Reelforge.Providers.Speech;

/// <summary>
/// eSpeak NG: every language, Chinese included. Synthesises in-process through libespeak-ng so it gets
/// the library's word events; when the library cannot be loaded it falls back to the espeak-ng command
/// (audio only, no word events).
/// </summary>
public sealed class EspeakSpeechEngine : ISpeechEngine
{
    public const string EngineName = "espeak";

    /// <summary>espeak-ng's default speed, taken as rate 1.0.</summary>
    public const int NormalWordsPerMinute = 175;

    private readonly string _executable;
    private readonly bool _useLibrary;
    private readonly ILogger _logger;
    private readonly Lazy<string> _commandVersion;
    private IReadOnlyList<VoiceInfo>? _voices;
    private bool _fallbackLogged;

    /// <param name="useLibrary">False forces the command-line path (for hosts where loading native code is unwanted).</param>
    public EspeakSpeechEngine(ILogger<EspeakSpeechEngine>? logger = null, string executable = "espeak-ng", bool useLibrary = true)
    {
        _executable = executable;
        _useLibrary = useLibrary;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _commandVersion = new Lazy<string>(CommandVersion);
    }

    public string Name => EngineName;

    public bool IsAvailable => LibraryLoaded || ExecutableLocator.Find(_executable) is not null;

    /// <summary>Whether synthesis runs in-process with word events.</summary>
    public bool ReportsWordEvents => LibraryLoaded;

    public string Version => LibraryLoaded ? EspeakLibrary.Version : _commandVersion.Value;

    private bool LibraryLoaded => _useLibrary && EspeakLibrary.TryInitialize(out _);

    public async Task<IReadOnlyList<VoiceInfo>> ListVoicesAsync(CancellationToken cancellationToken)
    {
        if (_voices is null)
        {
            var output = await SpeechToolRunner.RunAsync(_executable, ["--voices"], cancellationToken);
            _voices = EspeakVoiceListParser.Parse(output);
        }

        return _voices;
    }

    public async Task<SpeechClip> SynthesizeAsync(string text, SpeechSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(settings.Rate);
        var wordsPerMinute = (int)Math.Clamp(Math.Round(NormalWordsPerMinute * settings.Rate), 80, 450);

        if (_useLibrary)
        {
            if (EspeakLibrary.TryInitialize(out var error))
            {
                // the library call blocks; keep it off the caller's thread
                return await Task.Run(() => EspeakLibrary.Synthesize(text, settings.Voice, wordsPerMinute, cancellationToken), cancellationToken);
            }

            if (!_fallbackLogged)
            {
                _fallbackLogged = true;
                _logger.LogWarning("espeak-ng library unavailable ({Reason}); using the espeak-ng command without word timings", error);
            }
        }

        return await SynthesizeWithCommandAsync(text, settings.Voice, wordsPerMinute, cancellationToken);
    }

    private async Task<SpeechClip> SynthesizeWithCommandAsync(string text, string voice, int wordsPerMinute, CancellationToken cancellationToken)
    {
        var wavPath = Path.Combine(Path.GetTempPath(), $"reelforge-espeak-{Guid.NewGuid():N}.wav");
        try
        {
            await SpeechToolRunner.RunAsync(
                _executable,
                ["-v", voice, "-s", wordsPerMinute.ToString(CultureInfo.InvariantCulture), "-w", wavPath, "--", text],
                cancellationToken);
            if (!File.Exists(wavPath))
            {
                throw new SpeechSynthesisException($"espeak-ng wrote no audio for voice '{voice}'.");
            }

            return new SpeechClip(await WavFile.ReadAsync(wavPath, cancellationToken), []);
        }
        finally
        {
            File.Delete(wavPath);
        }
    }

    private string CommandVersion()
    {
        try
        {
            // "eSpeak NG text-to-speech: 1.51  Data at: ..."
            var output = SpeechToolRunner.RunBriefly(_executable, ["--version"]);
            var colon = output.IndexOf(':', StringComparison.Ordinal);
            var rest = colon >= 0 ? output[(colon + 1)..].Trim() : output.Trim();
            return rest.Split(' ', 2)[0];
        }
        catch (SpeechSynthesisException)
        {
            return "unknown";
        }
    }
}
