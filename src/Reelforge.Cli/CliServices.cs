using Microsoft.Extensions.Logging;
using Reelforge.Media;
using Reelforge.Pipeline.Generation;
using Reelforge.Providers.Speech;

namespace Reelforge.Cli;

/// <summary>The services the commands share, composed once.</summary>
internal sealed class CliServices
{
    public CliServices(ILoggerFactory loggerFactory)
    {
        Runner = new FfmpegRunner(logger: loggerFactory.CreateLogger<FfmpegRunner>());
        Voices = new SpeechEngineRegistry([
            new FliteSpeechEngine(),
            new EspeakSpeechEngine(loggerFactory.CreateLogger<EspeakSpeechEngine>()),
        ]);
        Generator = new VideoGenerator(Runner, loggerFactory.CreateLogger<VideoGenerator>());
    }

    public FfmpegRunner Runner { get; }

    public SpeechEngineRegistry Voices { get; }

    public VideoGenerator Generator { get; }
}
