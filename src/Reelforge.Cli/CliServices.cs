using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Reelforge.Data;
using Reelforge.Jobs;
using Reelforge.Jobs.Production;
using Reelforge.Media;
using Reelforge.Providers.Speech;

namespace Reelforge.Cli;

/// <summary>The services the commands share, composed once.</summary>
internal sealed class CliServices
{
    public CliServices(ILoggerFactory loggerFactory, IConfiguration configuration)
    {
        LoggerFactory = loggerFactory;
        var runner = new FfmpegRunner(logger: loggerFactory.CreateLogger<FfmpegRunner>());
        var voices = SpeechEngines.CreateRegistry(configuration, loggerFactory);
        Producer = new VideoProducer(runner, voices, configuration, loggerFactory, new ReelforgeDatabase(JobsServiceCollectionExtensions.DatabaseFrom(configuration)));
    }

    public ILoggerFactory LoggerFactory { get; }

    public VideoProducer Producer { get; }

    public IConfiguration Configuration => Producer.Configuration;

    public FfmpegRunner Runner => Producer.Runner;

    public SpeechEngineRegistry Voices => Producer.Voices;
}
