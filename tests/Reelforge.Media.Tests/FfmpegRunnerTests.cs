using System.Diagnostics;
using Reelforge.Media.Tests.TestSupport;

namespace Reelforge.Media.Tests;

public sealed class FfmpegRunnerTests
{
    [Fact]
    public async Task RunAsync_Ffprobe_ReturnsStandardOutput()
    {
        var runner = Ffmpeg.RequireRunner();

        var result = await runner.RunAsync(MediaTool.Ffprobe, ["-version"], null, CancellationToken.None);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("ffprobe version ", result.StandardOutput);
        Assert.EndsWith(" -version", result.CommandLine);
    }

    [Fact]
    public async Task RunAsync_NonZeroExit_ThrowsFfmpegExceptionWithStderrTail()
    {
        var runner = Ffmpeg.RequireRunner();

        var error = await Assert.ThrowsAsync<FfmpegException>(() => runner.RunAsync(
            MediaTool.Ffmpeg,
            ["-hide_banner", "-i", "/nonexistent/reelforge input.mp4", "-f", "null", "-"],
            null,
            CancellationToken.None));

        Assert.Equal(MediaTool.Ffmpeg, error.Tool);
        Assert.NotEqual(0, error.ExitCode);
        Assert.Contains("No such file or directory", error.StandardErrorTail);
        Assert.Contains("No such file or directory", error.Message);
        Assert.Contains("'/nonexistent/reelforge input.mp4'", error.Message);
    }

    [Fact]
    public async Task RunAsync_MissingTool_ThrowsToolNotFoundWithInstallCommand()
    {
        var runner = new FfmpegRunner(new FfmpegTools { FfmpegPath = "reelforge-no-such-ffmpeg" });

        var error = await Assert.ThrowsAsync<ToolNotFoundException>(() =>
            runner.RunAsync(MediaTool.Ffmpeg, ["-version"], null, CancellationToken.None));

        Assert.Contains("sudo apt-get install -y ffmpeg", error.Message);
    }

    [Fact]
    public async Task RunAsync_WithProgress_ReportsUntilEndAndKeepsStdoutForProgress()
    {
        var runner = Ffmpeg.RequireRunner();
        var progress = new RecordingProgress<FfmpegProgress>();

        var result = await runner.RunAsync(
            MediaTool.Ffmpeg,
            ["-hide_banner", "-f", "lavfi", "-i", "testsrc=size=160x90:rate=30:duration=1", "-f", "null", "-"],
            new ProcessRunOptions { Progress = progress, TotalDuration = TimeSpan.FromSeconds(1) },
            CancellationToken.None);

        Assert.Contains(" -progress pipe:1 -nostats -hide_banner ", result.CommandLine);
        Assert.Equal(string.Empty, result.StandardOutput);
        var last = Assert.Single(progress.Reports, r => r.IsEnd);
        Assert.Same(last, progress.Reports[^1]);
        Assert.Equal(30, last.Frame);
        Assert.Equal(100, last.Percent);
        Assert.InRange(last.OutTime!.Value.TotalSeconds, 0.95, 1.05);
    }

    [Fact]
    public async Task RunAsync_Cancelled_KillsFfmpegWithinOneSecondAndLeavesNoProcess()
    {
        var runner = Ffmpeg.RequireRunner();
        var marker = "reelforge-cancel-" + Guid.NewGuid().ToString("N");
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var progress = new RecordingProgress<FfmpegProgress>(_ => running.TrySetResult());
        using var cancellation = new CancellationTokenSource();
        var log = new StringWriter();

        // -re paces the endless source at real time, so this would run forever unless killed.
        var run = runner.RunAsync(
            MediaTool.Ffmpeg,
            ["-hide_banner", "-re", "-f", "lavfi", "-i", "testsrc=size=160x90:rate=30", "-metadata", "comment=" + marker, "-f", "null", "-"],
            new ProcessRunOptions { Progress = progress, Log = log },
            cancellation.Token);
        await running.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.NotEmpty(ProcessesWithArgument(marker));

        var stopwatch = Stopwatch.StartNew();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(5)));
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"cancellation took {stopwatch.Elapsed}");
        Assert.Empty(ProcessesWithArgument(marker));
        Assert.DoesNotContain(progress.Reports, r => r.IsEnd);
        Assert.EndsWith("# cancelled, process tree killed", log.ToString().TrimEnd());
    }

    [Fact]
    public async Task RunAsync_ProgressCallbackThrows_FinishesAndSurfacesTheCallbackError()
    {
        var runner = Ffmpeg.RequireRunner();
        var progress = new RecordingProgress<FfmpegProgress>(_ => throw new InvalidOperationException("progress sink broke"));

        var run = runner.RunAsync(
            MediaTool.Ffmpeg,
            ["-hide_banner", "-f", "lavfi", "-i", "testsrc=size=160x90:rate=30:duration=1", "-f", "null", "-"],
            new ProcessRunOptions { Progress = progress },
            CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("progress sink broke", error.Message);
    }

    [Fact]
    public async Task RunAsync_AlreadyCancelled_ThrowsWithoutStarting()
    {
        var runner = Ffmpeg.RequireRunner();
        var log = new StringWriter();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            runner.RunAsync(MediaTool.Ffmpeg, ["-version"], new ProcessRunOptions { Log = log }, new CancellationToken(canceled: true)));

        Assert.Equal(string.Empty, log.ToString());
    }

    [Fact]
    public async Task RunAsync_WithLog_WritesCommandLineStderrAndExitCode()
    {
        var runner = Ffmpeg.RequireRunner();
        var log = new StringWriter();

        await runner.RunAsync(
            MediaTool.Ffmpeg,
            ["-hide_banner", "-f", "lavfi", "-i", "sine=duration=0.2", "-f", "null", "-"],
            new ProcessRunOptions { Log = log },
            CancellationToken.None);

        var lines = log.ToString().Split('\n');
        Assert.StartsWith("$ /", lines[0]);
        Assert.EndsWith("ffmpeg -hide_banner -f lavfi -i sine=duration=0.2 -f null -", lines[0].TrimEnd('\r'));
        Assert.Contains(lines, l => l.Contains("Input #0, lavfi"));
        Assert.StartsWith("# exit 0 after ", lines.Last(l => l.Length > 0));
    }

    [Fact]
    public async Task RunAsync_WorkingDirectoryAndEnvironment_AreAppliedToTheProcess()
    {
        var runner = Ffmpeg.RequireRunner();
        using var temp = new TempDirectory();

        // FFREPORT makes ffmpeg write a report file, proving the variable reached it; the relative
        // output name proves the working directory.
        await runner.RunAsync(
            MediaTool.Ffmpeg,
            ["-hide_banner", "-v", "error", "-f", "lavfi", "-i", "sine=duration=0.2", "relative.wav"],
            new ProcessRunOptions
            {
                WorkingDirectory = temp.Path,
                Environment = new Dictionary<string, string?> { ["FFREPORT"] = "file=report.log:level=32" },
            },
            CancellationToken.None);

        Assert.True(File.Exists(temp.File("relative.wav")));
        Assert.True(File.Exists(temp.File("report.log")));
    }

    private static List<int> ProcessesWithArgument(string argument)
    {
        var matches = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(directory, "cmdline")).Contains(argument, StringComparison.Ordinal))
                {
                    matches.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process exited while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Someone else's process; ours are always readable.
            }
        }

        return matches;
    }
}
