using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Core.Audio;
using Reelforge.Core.Speech;

namespace Reelforge.Providers.Speech;

/// <summary>
/// CMU flite, English only: the clearest offline English voice here (slt). It reports no word events, so
/// its clips carry no word boundaries.
/// </summary>
public sealed class FliteSpeechEngine : ISpeechEngine
{
    public const string EngineName = "flite";

    private static readonly Dictionary<string, string> Genders = new(StringComparer.Ordinal)
    {
        ["slt"] = "female",
        ["kal"] = "male",
        ["kal16"] = "male",
        ["awb"] = "male",
        ["awb_time"] = "male",
        ["rms"] = "male",
    };

    private readonly string _executable;
    private readonly ILogger _logger;
    private readonly Lazy<string> _version;
    private IReadOnlyList<VoiceInfo>? _voices;

    public FliteSpeechEngine(ILogger<FliteSpeechEngine>? logger = null, string executable = "flite")
    {
        _executable = executable;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _version = new Lazy<string>(ReadVersion);
    }

    public string Name => EngineName;

    public bool IsAvailable => ExecutableLocator.Find(_executable) is not null;

    public string Version => _version.Value;

    public async Task<IReadOnlyList<VoiceInfo>> ListVoicesAsync(CancellationToken cancellationToken)
    {
        var output = await SpeechToolRunner.RunAsync(_executable, ["-lv"], cancellationToken);
        return ParseVoiceList(output);
    }

    public async Task<SpeechClip> SynthesizeAsync(string text, SpeechSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(settings.Rate);

        // flite quietly falls back to its default voice for an unknown name: check first
        var voices = _voices ??= await ListVoicesAsync(cancellationToken);
        if (!voices.Any(v => v.Id == settings.Voice))
        {
            throw new SpeechSynthesisException(
                $"flite has no voice '{settings.Voice}' (installed: {string.Join(", ", voices.Select(v => v.Id))}).");
        }

        var wavPath = Path.Combine(Path.GetTempPath(), $"reelforge-flite-{Guid.NewGuid():N}.wav");
        try
        {
            List<string> arguments = ["-voice", settings.Voice];
            if (Math.Abs(settings.Rate - 1.0) > 1e-6)
            {
                // duration_stretch is the inverse of speed
                arguments.AddRange(["--setf", "duration_stretch=" + (1.0 / settings.Rate).ToString("0.###", CultureInfo.InvariantCulture)]);
            }

            arguments.AddRange(["-t", text, "-o", wavPath]);
            _logger.LogDebug("flite {Voice} synthesising {Characters} characters", settings.Voice, text.Length);
            await SpeechToolRunner.RunAsync(_executable, arguments, cancellationToken);
            var audio = await WavFile.ReadAsync(wavPath, cancellationToken);
            return new SpeechClip(audio, []);
        }
        finally
        {
            File.Delete(wavPath);
        }
    }

    /// <summary>Parses <c>flite -lv</c>: "Voices available: kal awb_time kal16 awb rms slt".</summary>
    internal static IReadOnlyList<VoiceInfo> ParseVoiceList(string output)
    {
        var colon = output.IndexOf(':', StringComparison.Ordinal);
        var names = (colon >= 0 ? output[(colon + 1)..] : output)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return names
            .Distinct(StringComparer.Ordinal)
            .Select(id => new VoiceInfo(EngineName, id, $"flite {id}", ["en"], Genders.GetValueOrDefault(id)))
            .ToList();
    }

    private string ReadVersion()
    {
        try
        {
            var output = SpeechToolRunner.RunBriefly(_executable, ["--version"]);
            var line = output.Split('\n').FirstOrDefault(l => l.Contains("version:", StringComparison.Ordinal));
            return line is null ? "flite" : line[(line.IndexOf("version:", StringComparison.Ordinal) + 8)..].Trim();
        }
        catch (SpeechSynthesisException)
        {
            return "unknown";
        }
    }
}
