using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Reelforge.Core.Writing;
using Reelforge.Providers.Llm;
using Reelforge.Providers.Writing;
using Reelforge.Media;
using Reelforge.Pipeline.Generation;
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
