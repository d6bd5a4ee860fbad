using System.Diagnostics;

namespace Reelforge.TestSupport;

/// <summary>Fails a test (never skips it) when an OS tool it needs is missing, saying how to install it.</summary>
public static class RequiredTool
{
    private static readonly Dictionary<string, string> Packages = new(StringComparer.Ordinal)
    {
        ["ffmpeg"] = "ffmpeg",
        ["ffprobe"] = "ffmpeg",
        ["flite"] = "flite",
        ["espeak-ng"] = "espeak-ng",
        ["fc-list"] = "fontconfig",
        ["node"] = "nodejs npm",
    };

    /// <summary>The full path of <paramref name="tool"/> on PATH; throws with an install hint when absent.</summary>
    public static string Require(string tool)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(':'))
        {
            var candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var package = Packages.GetValueOrDefault(tool, tool);
        throw new InvalidOperationException(
            $"'{tool}' is not installed; install it with: sudo apt-get install -y {package} (or run ./test, which installs it)");
    }

    /// <summary>Runs a tool and returns its stdout; throws with stderr when it fails.</summary>
    public static string Run(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(Require(tool)) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited {p.ExitCode}: {stderr[^Math.Min(stderr.Length, 2000)..]}");
        }

        return stdout.Result + (args.Contains("-hide_banner") ? stderr : string.Empty);
    }
}
