using Reelforge.Media.Loudness;
using Reelforge.Media.Tests.TestSupport;

namespace Reelforge.Media.Tests.Loudness;

public sealed class LoudnessMeterTests
{
    [Fact]
    public async Task MeasureAsync_OneKilohertzSineAtMinus20DbfsPeak_ReadsMinus23Lufs()
    {
        var runner = Ffmpeg.RequireRunner();
        using var temp = new TempDirectory();
        // Mono sine with amplitude 0.1: mean square 0.005 → -23.0 LUFS (K-weighting is ~0 dB at 1 kHz); peak -20 dBFS.
        var path = await Ffmpeg.MakeAsync(runner, temp.File("sine.wav"), "-f", "lavfi", "-i", "aevalsrc=0.1*sin(2*PI*1000*t):s=48000:d=3");

        var measurement = await new LoudnessMeter(runner).MeasureAsync(path, CancellationToken.None);

        Assert.InRange(measurement.IntegratedLufs, -23.5, -22.5);
        Assert.InRange(measurement.TruePeakDbfs!.Value, -20.5, -19.5);
    }

    [Fact]
    public async Task MeasureRangeAsync_LoudThenQuietHalves_MeasuresEachWindowSeparately()
    {
        var runner = Ffmpeg.RequireRunner();
        using var temp = new TempDirectory();
        // First 2 s at amplitude 0.5, last 2 s at 0.05: 20 dB apart, like music before and under narration.
        var path = await Ffmpeg.MakeAsync(
            runner,
            temp.File("ducked.wav"),
            "-f", "lavfi", "-i", "aevalsrc=if(lt(t\\,2)\\,0.5\\,0.05)*sin(2*PI*1000*t):s=48000:d=4");
        var meter = new LoudnessMeter(runner);

        var loud = await meter.MeasureRangeAsync(path, 0.2, 1.6, CancellationToken.None);
        var quiet = await meter.MeasureRangeAsync(path, 2.2, 1.6, CancellationToken.None);

        Assert.InRange(loud.IntegratedLufs, -9.5, -8.5);
        Assert.InRange(loud.IntegratedLufs - quiet.IntegratedLufs, 19.5, 20.5);
    }

    [Fact]
    public async Task MeasureAsync_FileWithoutAudio_ThrowsFfmpegException()
    {
        var runner = Ffmpeg.RequireRunner();
        using var temp = new TempDirectory();
        var path = await Ffmpeg.MakeAsync(runner, temp.File("still.png"), "-f", "lavfi", "-i", "testsrc=size=160x90", "-frames:v", "1");

        var error = await Assert.ThrowsAsync<FfmpegException>(() => new LoudnessMeter(runner).MeasureAsync(path, CancellationToken.None));

        Assert.Contains("matches no streams", error.Message);
    }
}
