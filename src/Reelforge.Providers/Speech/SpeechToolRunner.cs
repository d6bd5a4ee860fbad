using System.Diagnostics;
using System.Text;

namespace Reelforge.Providers.Speech;

/// <summary>
/// Runs a speech command-line tool (flite, espeak-ng): arguments as a list, stdout collected, a rolling
/// stderr tail for the exception, and the whole process tree killed when cancelled.
/// </summary>
internal static class SpeechToolRunner
{
    private const int StderrTailChars = 2000;

    public static async Task<string> RunAsync(string executable, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (stderr)
            {
                stderr.AppendLine(e.Data);
                if (stderr.Length > StderrTailChars * 2)
                {
                    stderr.Remove(0, stderr.Length - StderrTailChars);
                }
            }
        };

        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new SpeechSynthesisException($"Could not start '{executable}': {ex.Message}", ex);
        }

        process.BeginErrorReadLine();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
            var output = await stdout;
            if (process.ExitCode != 0)
            {
                throw new SpeechSynthesisException(
                    $"{Path.GetFileName(executable)} exited with code {process.ExitCode}: {Tail(stderr)}");
            }

            return output;
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // it exited on its own meanwhile
            }

            throw;
        }
    }

    /// <summary>Runs a quick query (a version string) synchronously, for properties that cannot await.</summary>
    public static string RunBriefly(string executable, IReadOnlyList<string> arguments)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(startInfo)
                ?? throw new SpeechSynthesisException($"Could not start '{executable}'.");
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                throw new SpeechSynthesisException($"'{executable}' did not answer within 10 s.");
            }

            return output;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new SpeechSynthesisException($"Could not start '{executable}': {ex.Message}", ex);
        }
    }

    private static string Tail(StringBuilder stderr)
    {
        lock (stderr)
        {
            var text = stderr.ToString().Trim();
            return text.Length <= StderrTailChars ? text : text[^StderrTailChars..];
        }
    }
}
