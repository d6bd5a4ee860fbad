using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reelforge.Core.Requests;
using Reelforge.Jobs.Production;
using Reelforge.Media.Capabilities;
using Reelforge.Pipeline.Generation;
using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Composition;

/// <summary>ffmpeg is asked what it supports once per process, however many videos are made.</summary>
public sealed class CapabilityProbeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task TwoVideos_ProbeFfmpegCapabilitiesOnce()
    {
        RequiredTool.Require("ffmpeg");
        RequiredTool.Require("flite");
        var log = new CommandLineLog();
        using var host = ProductionHost.Build(configure: b => b.Logging.AddProvider(log).SetMinimumLevel(LogLevel.Information));

        foreach (var name in new[] { "one", "two" })
        {
            // Resolved per video, as each task resolves it.
            var producer = host.Services.GetRequiredService<VideoProducer>();
            var options = new GenerationOptions(_dir.File($"{name}.mp4"), _dir.File($"work-{name}"), _dir.File("cache"));
            var result = await producer.ProduceAsync(Request, options, null, CancellationToken.None);
            Assert.Contains("ffmpeg", await File.ReadAllTextAsync(result.ManifestPath!), StringComparison.Ordinal);
        }

        var probes = log.CommandLines.Where(IsProbe).ToList();
        // ffmpeg -version, ffprobe -version, -encoders, -hwaccels, -filters: one of each.
        Assert.Equal(5, probes.Count);
        Assert.Equal(5, probes.Distinct(StringComparer.Ordinal).Count());
        Assert.Same(host.Services.GetRequiredService<MediaCapabilityProbe>(), host.Services.GetRequiredService<MediaCapabilityProbe>());
    }

    private static VideoRequest Request => new()
    {
        Scenes = [new SceneSpec("Volcanoes are openings in the crust.")],
        Format = new VideoFormat { ShortSide = 180, Quality = RenderQuality.Draft },
        Voice = new VoiceOptions { Voice = new VoiceSelection("flite", "slt") },
        Music = new MusicOptions { None = true },
        Seed = 7,
    };

    private static bool IsProbe(string commandLine) =>
        commandLine.EndsWith(" -version", StringComparison.Ordinal)
        || commandLine.EndsWith(" -hide_banner -encoders", StringComparison.Ordinal)
        || commandLine.EndsWith(" -hide_banner -hwaccels", StringComparison.Ordinal)
        || commandLine.EndsWith(" -hide_banner -filters", StringComparison.Ordinal);
}
