using System.Globalization;
using System.Text.RegularExpressions;
using Reelforge.Media.Capabilities;

namespace Reelforge.Media.Encoders;

/// <summary>
/// Tries each hardware encoder that <c>ffmpeg -encoders</c> lists with a one-frame encode, once per process, and
/// remembers the answer (an encoder failing its test is an answer; a probe that could not run at all, e.g. ffmpeg
/// missing, is retried by the next caller).
/// </summary>
public sealed partial class HardwareEncoderProbe(FfmpegRunner runner, TimeSpan? testTimeout = null)
{
    private readonly TimeSpan timeout = testTimeout ?? TimeSpan.FromSeconds(30);
    private Task<IReadOnlyList<EncoderProbeResult>>? probe;

    /// <summary>One result per hardware encoder, in <see cref="VideoEncoder.Hardware"/> order.</summary>
    public Task<IReadOnlyList<EncoderProbeResult>> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = Volatile.Read(ref probe);
        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            // The shared probe ignores any one caller's token; each caller only stops waiting for it.
            var fresh = ProbeAsync(CancellationToken.None);
            current = Interlocked.CompareExchange(ref probe, fresh, current) == current ? fresh : Volatile.Read(ref probe)!;
        }

        return current.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// The encoder for <paramref name="choice"/> (auto, libx264, nvenc, qsv or vaapi) on this machine and why; libx264
    /// needs no probe. See <see cref="EncoderSelector.Select"/>.
    /// </summary>
    public async Task<EncoderSelection> SelectAsync(string choice, CancellationToken cancellationToken = default)
    {
        if (choice == VideoEncoder.Libx264.Name)
        {
            return EncoderSelector.Select(choice, []);
        }

        return EncoderSelector.Select(choice, EncoderChoice.IsValid(choice) ? await GetAsync(cancellationToken) : []);
    }

    /// <summary>
    /// The one-frame test of <paramref name="encoder"/>: a small black lavfi frame through the encoder's device, upload
    /// filters and standard-quality settings, to the null muxer. <c>-frames:v 1</c> marks it as a test.
    /// </summary>
    public static IReadOnlyList<string> OneFrameArguments(VideoEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        var filters = encoder.UploadFilters is { } upload ? "format=yuv420p," + upload : "format=yuv420p";
        return
        [
            "-hide_banner", "-nostdin", "-loglevel", "error",
            .. encoder.DeviceArguments,
            "-f", "lavfi", "-i", "color=c=black:s=256x256:r=30:d=1",
            "-vf", filters, "-frames:v", "1",
            .. encoder.OutputArguments(EncoderQuality.Standard, 30, EncoderTuning.Default),
            "-an", "-f", "null", "-",
        ];
    }

    /// <summary>The first line of ffmpeg's complaint, without the "[h264_nvenc @ 0x55…] " context prefix.</summary>
    public static string FirstReason(string standardError)
    {
        ArgumentNullException.ThrowIfNull(standardError);
        var line = standardError.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return line is null ? "no reason given" : ContextPrefix().Replace(line, string.Empty);
    }

    /// <summary>
    /// Runs <paramref name="oneFrameTest"/> for each hardware encoder in <paramref name="listedEncoders"/> (the names of
    /// <c>ffmpeg -encoders</c>), in <see cref="VideoEncoder.Hardware"/> order; the others are not listed.
    /// </summary>
    public static async Task<IReadOnlyList<EncoderProbeResult>> TestListedAsync(
        IReadOnlySet<string> listedEncoders, Func<VideoEncoder, Task<EncoderProbeResult>> oneFrameTest)
    {
        ArgumentNullException.ThrowIfNull(listedEncoders);
        ArgumentNullException.ThrowIfNull(oneFrameTest);
        var results = new List<EncoderProbeResult>(VideoEncoder.Hardware.Count);
        foreach (var encoder in VideoEncoder.Hardware)
        {
            results.Add(listedEncoders.Contains(encoder.Codec)
                ? await oneFrameTest(encoder)
                : new EncoderProbeResult(encoder, EncoderProbeStatus.NotListed));
        }

        return results;
    }

    private async Task<IReadOnlyList<EncoderProbeResult>> ProbeAsync(CancellationToken cancellationToken)
    {
        var capabilities = await runner.Capabilities.GetAsync(cancellationToken);
        return await TestListedAsync(capabilities.Encoders, encoder => TestAsync(encoder, cancellationToken));
    }

    private async Task<EncoderProbeResult> TestAsync(VideoEncoder encoder, CancellationToken cancellationToken)
    {
        // A driver that hangs must not hang every render after it: the test gets a deadline and counts as failed.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            // Without the runner's logger: a failing test is an expected answer, not a warning on every start.
            await new FfmpegRunner(runner.Tools).RunAsync(MediaTool.Ffmpeg, OneFrameArguments(encoder), options: null, deadline.Token);
            return new EncoderProbeResult(encoder, EncoderProbeStatus.Works);
        }
        catch (FfmpegException e)
        {
            return new EncoderProbeResult(encoder, EncoderProbeStatus.Fails, FirstReason(e.StandardErrorTail));
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new EncoderProbeResult(
                encoder,
                EncoderProbeStatus.Fails,
                string.Create(CultureInfo.InvariantCulture, $"a one-frame encode did not finish in {timeout.TotalSeconds:0} s"));
        }
    }

    [GeneratedRegex(@"^\[[^\]]+ @ (?:0x)?[0-9a-fA-F]+\]\s*")]
    private static partial Regex ContextPrefix();
}
