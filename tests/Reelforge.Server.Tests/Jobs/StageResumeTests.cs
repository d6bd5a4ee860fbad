using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reelforge.Core.Requests;
using Reelforge.Jobs.Production;
using Reelforge.Media;
using Reelforge.Media.Probing;
using Reelforge.Pipeline.Generation;
using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Jobs;

/// <summary>A generation with checkpoints resumes at the first unfinished stage and produces the same video.</summary>
public sealed class StageResumeTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly IHost _host = ProductionHost.Build();

    private VideoProducer _producer => _host.Services.GetRequiredService<VideoProducer>();

    private static VideoRequest Request => new()
    {
        Scenes = [new SceneSpec("Volcanoes are openings in the crust."), new SceneSpec("Some sleep for centuries.")],
        Format = new VideoFormat { ShortSide = 180, Quality = RenderQuality.Draft },
        Voice = new VoiceOptions { Voice = new VoiceSelection("flite", "slt") },
        Music = new MusicOptions { None = true },
        Seed = 7,
    };

    public void Dispose()
    {
        _host.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task StoppedAfterCaptions_ThenRunAgain_ResumesAtGatherWithoutRedoingEarlierStages()
    {
        RequiredTool.Require("ffmpeg");
        RequiredTool.Require("flite");
        var checkpoints = new CountingCheckpoints();
        var options = new GenerationOptions(_dir.File("out.mp4"), _dir.File("work"), _dir.File("cache")) { Checkpoints = checkpoints, StopAfter = StageName.Caption };

        var staged = await _producer.ProduceAsync(Request, options, null, CancellationToken.None);
        Assert.Null(staged.VideoPath);
        Assert.True(File.Exists(staged.AudioPath) || File.Exists(staged.SrtPath));
        Assert.Equal([StageName.Plan, StageName.Narrate, StageName.Caption], checkpoints.Started);

        checkpoints.Started.Clear();
        var full = await _producer.ProduceAsync(Request, options with { StopAfter = null }, null, CancellationToken.None);

        Assert.Equal([StageName.Gather, StageName.Compose, StageName.Render, StageName.Verify], checkpoints.Started);
        var probed = await new FfprobeClient(new FfmpegRunner()).ProbeAsync(full.VideoPath!, CancellationToken.None);
        Assert.Equal(180, probed.Video!.Width);
        Assert.Equal(full.StageSeconds.Keys.Order(), Enum.GetValues<StageName>());
    }

    [Fact]
    public async Task StoppedAfterNarration_WritesTheNarrationAsWav()
    {
        RequiredTool.Require("flite");
        var options = new GenerationOptions(_dir.File("audio.mp4"), _dir.File("work2"), _dir.File("cache")) { StopAfter = StageName.Narrate };

        var result = await _producer.ProduceAsync(Request, options, null, CancellationToken.None);

        Assert.Null(result.VideoPath);
        Assert.Null(result.SrtPath);
        Assert.Equal(_dir.File("audio.wav"), result.AudioPath);
        Assert.True(new FileInfo(result.AudioPath!).Length > 10_000);
        Assert.False(File.Exists(_dir.File("audio.mp4")));
    }
}
