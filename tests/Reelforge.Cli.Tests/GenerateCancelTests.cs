using System.Diagnostics;
using Reelforge.TestSupport;

namespace Reelforge.Cli.Tests;

public sealed class GenerateCancelTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task CtrlC_DuringRender_KillsFfmpegAndLeavesNoOutput()
    {
        RequiredTool.Require("flite");
        var output = _dir.File("cancelled.mp4");
        var script = string.Join("\n\n", Enumerable.Repeat("Rock melts into magma deep below the surface, and it slowly rises.", 6));
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = _dir.Path };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "reelforge.dll"), "generate", "--script", script, "--short-side", "720", "--quality", "high", "--out", output })
        {
            psi.ArgumentList.Add(arg);
        }

        psi.Environment["REELFORGE_CACHE_DIR"] = Path.Combine(Path.GetTempPath(), "reelforge-tests", "cli-cache");
        using var process = Process.Start(psi)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var stderr = new System.Text.StringBuilder();
        var rendering = new TaskCompletionSource();
        var reader = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                lock (stderr)
                {
                    stderr.AppendLine(line);
                }

                if (line.Contains("Render", StringComparison.Ordinal) && line.Contains('%', StringComparison.Ordinal))
                {
                    rendering.TrySetResult();
                }
            }
        });

        await rendering.Task.WaitAsync(TimeSpan.FromSeconds(90));
        Assert.Equal(0, SendSignal(process.Id, SigInt)); // what Ctrl+C sends

        var stopwatch = Stopwatch.StartNew();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            lock (stderr)
            {
                Assert.Fail($"reelforge was still running 10 s after Ctrl+C; its stderr:\n{stderr}");
            }
        }

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed} to stop");
        Assert.Equal(130, process.ExitCode);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.partial*"));
        await reader.WaitAsync(TimeSpan.FromSeconds(10)); // the last lines may still be in the pipe when the process has exited
        lock (stderr)
        {
            Assert.Contains("Cancelled", stderr.ToString(), StringComparison.Ordinal);
        }

        var leftover = Process.GetProcessesByName("ffmpeg")
            .Where(p => CommandLine(p).Contains(_dir.Path, StringComparison.Ordinal))
            .ToList();
        Assert.Empty(leftover);
    }

    private const int SigInt = 2;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private static string CommandLine(Process process)
    {
        try
        {
            return File.ReadAllText($"/proc/{process.Id}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}
