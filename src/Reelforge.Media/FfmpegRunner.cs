using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Media.Capabilities;
using Reelforge.Media.Encoders;

namespace Reelforge.Media;

/// <summary>
/// The one place that starts ffmpeg and ffprobe: arguments go through <see cref="ProcessStartInfo.ArgumentList"/>,
/// cancellation kills the whole process tree, and a non-zero exit throws <see cref="FfmpegException"/> with the stderr tail.
/// </summary>
public sealed partial class FfmpegRunner
{
    private const int TailLines = 40;
    private const int TailChars = 8 * 1024;

    private readonly FfmpegTools tools;
    private readonly ILogger logger;
    private MediaCapabilityProbe? capabilities;
    private HardwareEncoderProbe? encoders;

    public FfmpegRunner(FfmpegTools? tools = null, ILogger<FfmpegRunner>? logger = null)
    {
        this.tools = tools ?? FfmpegTools.Default;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public FfmpegTools Tools => tools;

    /// <summary>
    /// What these tools support, asked once for the runner's lifetime (one runner per process in the host), however many
    /// videos, manifests and doctor checks want it.
    /// </summary>
    public MediaCapabilityProbe Capabilities => LazyInitializer.EnsureInitialized(ref capabilities, () => new MediaCapabilityProbe(this));

    /// <summary>Which hardware encoders work with these tools (a one-frame test each), asked once for the runner's lifetime.</summary>
    public HardwareEncoderProbe Encoders => LazyInitializer.EnsureInitialized(ref encoders, () => new HardwareEncoderProbe(this));

    public async Task<ProcessResult> RunAsync(
        MediaTool tool,
        IReadOnlyList<string> arguments,
        ProcessRunOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        options ??= ProcessRunOptions.Default;
        cancellationToken.ThrowIfCancellationRequested();

        var executable = tools.ResolveExecutable(tool);
        var effectiveArguments = BuildArguments(tool, arguments, options);
        var commandLine = FfmpegCommandLine.Quote([executable, .. effectiveArguments]);
        LogStarting(logger, commandLine);
        if (options.Log is { } log)
        {
            await log.WriteLineAsync("$ " + commandLine);
        }

        using var process = new Process { StartInfo = CreateStartInfo(executable, effectiveArguments, options) };
        var stopwatch = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw StartFailure(tool, executable, effectiveArguments, ex);
        }

        var tail = new StandardErrorTail(TailLines, TailChars);
        try
        {
            // Nothing is ever piped in; closing stdin stops ffmpeg from waiting on keyboard interaction.
            process.StandardInput.Close();
            var stderrPump = PumpStandardErrorAsync(process.StandardError, tail, options.Log);
            var stdoutPump = options.Progress is { } progress && tool == MediaTool.Ffmpeg
                ? PumpProgressAsync(process.StandardOutput, new ProgressParser(options.TotalDuration), progress)
                : process.StandardOutput.ReadToEndAsync(CancellationToken.None);

            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                KillTree(process);
                await process.WaitForExitAsync(CancellationToken.None);
                // Let the stderr pump finish first: it writes to the same log, and TextWriter is not thread-safe.
                await DrainQuietlyAsync(stderrPump);
                LogCancelled(logger, commandLine);
                if (options.Log is { } cancelledLog)
                {
                    await cancelledLog.WriteLineAsync("# cancelled, process tree killed");
                }

                throw;
            }

            var standardOutput = await stdoutPump;
            await stderrPump;
            stopwatch.Stop();
            var exitCode = process.ExitCode;
            if (options.Log is { } exitLog)
            {
                await exitLog.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"# exit {exitCode} after {stopwatch.Elapsed.TotalSeconds:0.00} s"));
            }

            if (exitCode != 0)
            {
                LogFailed(logger, exitCode, commandLine);
                throw new FfmpegException(tool, exitCode, commandLine, tail.ToString());
            }

            return new ProcessResult(exitCode, standardOutput, tail.ToString(), commandLine, stopwatch.Elapsed);
        }
        finally
        {
            // Whatever went wrong above (a throwing log writer, a progress callback), never leave ffmpeg running.
            if (!process.HasExited)
            {
                KillTree(process);
            }
        }
    }

    /// <summary>Only a missing executable is "not found"; every other refusal says what it was.</summary>
    internal static Exception StartFailure(MediaTool tool, string executable, IReadOnlyList<string> arguments, Win32Exception error)
    {
        const int NoSuchFile = 2;
        if (error.NativeErrorCode == NoSuchFile)
        {
            return new ToolNotFoundException(tool, executable, error);
        }

        var bytes = arguments.Sum(a => Encoding.UTF8.GetByteCount(a) + 1);
        return new ProcessStartException(tool, executable, bytes, error);
    }

    private static List<string> BuildArguments(MediaTool tool, IReadOnlyList<string> arguments, ProcessRunOptions options)
    {
        var result = new List<string>(arguments.Count + 3);
        if (options.Progress is not null && tool == MediaTool.Ffmpeg)
        {
            result.AddRange(["-progress", "pipe:1", "-nostats"]);
        }

        result.AddRange(arguments);
        return result;
    }

    private static ProcessStartInfo CreateStartInfo(string executable, List<string> arguments, ProcessRunOptions options)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (options.WorkingDirectory is { } workingDirectory)
        {
            startInfo.WorkingDirectory = workingDirectory;
        }

        if (options.Environment is { } environment)
        {
            foreach (var (name, value) in environment)
            {
                if (value is null)
                {
                    startInfo.Environment.Remove(name);
                }
                else
                {
                    startInfo.Environment[name] = value;
                }
            }
        }

        return startInfo;
    }

    // The pumps keep reading after a sink (log writer, progress callback) throws: a pipe nobody reads
    // fills up and blocks ffmpeg forever. The sink's exception surfaces once the stream ends.
    private static async Task PumpStandardErrorAsync(StreamReader reader, StandardErrorTail tail, TextWriter? log)
    {
        ExceptionDispatchInfo? sinkFailure = null;
        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
        {
            tail.Add(line);
            if (log is not null && sinkFailure is null)
            {
                try
                {
                    await log.WriteLineAsync(line);
                }
                catch (Exception ex)
                {
                    sinkFailure = ExceptionDispatchInfo.Capture(ex);
                }
            }
        }

        sinkFailure?.Throw();
    }

    private static async Task<string> PumpProgressAsync(StreamReader reader, ProgressParser parser, IProgress<FfmpegProgress> progress)
    {
        ExceptionDispatchInfo? sinkFailure = null;
        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
        {
            if (parser.Push(line) is { } report && sinkFailure is null)
            {
                try
                {
                    progress.Report(report);
                }
                catch (Exception ex)
                {
                    sinkFailure = ExceptionDispatchInfo.Capture(ex);
                }
            }
        }

        sinkFailure?.Throw();
        return string.Empty;
    }

    private static async Task DrainQuietlyAsync(Task pump)
    {
        try
        {
            await pump.WaitAsync(TimeSpan.FromSeconds(1));
        }
        catch (Exception)
        {
            // Cancellation is what the caller asked about; a failing log sink or a slow pipe must not mask it.
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited between the check and the kill.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Running {CommandLine}")]
    private static partial void LogStarting(ILogger logger, string commandLine);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Exited with code {ExitCode}: {CommandLine}")]
    private static partial void LogFailed(ILogger logger, int exitCode, string commandLine);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cancelled, process tree killed: {CommandLine}")]
    private static partial void LogCancelled(ILogger logger, string commandLine);
}
