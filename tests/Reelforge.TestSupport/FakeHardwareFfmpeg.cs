using System.Globalization;
using Reelforge.Media;

namespace Reelforge.TestSupport;

/// <summary>
/// A fake ffmpeg (a shell script in a temporary directory) for a machine with a hardware encoder that does not really
/// work. It prints <see cref="Listing"/> for <c>-encoders</c> and <c>-hwaccels</c>; a command naming <see cref="Codec"/>
/// (h264_nvenc by default) behaves as <see cref="Behaviour"/> says; everything else runs the real ffmpeg.
/// <para>
/// Use: <c>using var fake = new FakeHardwareFfmpeg(FakeEncoderBehaviour.FailsMidTask);</c> then give
/// <c>new FfmpegRunner(fake.Tools)</c> (or set <c>FfmpegPath</c> to <see cref="FfmpegPath"/>) to the code under test:
/// the probe finds nvenc working, <c>auto</c> selects it, and the render with it fails as a GPU would mid-task, so the
/// fallback to libx264 can be asserted (<see cref="Invocations"/> shows both attempts). <see cref="Behaviour"/> can be
/// changed between commands.
/// </para>
/// </summary>
public sealed class FakeHardwareFfmpeg : IDisposable
{
    private readonly TempDirectory directory = new();

    public FakeHardwareFfmpeg(FakeEncoderBehaviour behaviour, string codec = "h264_nvenc", CapturedFfmpegListing? listing = null)
    {
        ArgumentNullException.ThrowIfNull(codec);
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The fake ffmpeg is a POSIX shell script.");
        }

        Codec = codec;
        Listing = listing ?? CapturedFfmpegListing.Debian12;
        RealFfmpegPath = RequiredTool.Require("ffmpeg");
        File.WriteAllText(directory.File("encoders.txt"), Listing.Encoders);
        File.WriteAllText(directory.File("hwaccels.txt"), Listing.HardwareAccelerations);
        File.WriteAllText(directory.File("calls.log"), string.Empty);
        Behaviour = behaviour;
        File.WriteAllText(FfmpegPath, Script());
        File.SetUnixFileMode(FfmpegPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>The directory of the fake, named <c>ffmpeg</c>: put it first on PATH to make a child process use it.</summary>
    public string Directory => directory.Path;

    /// <summary>The executable to run instead of ffmpeg.</summary>
    public string FfmpegPath => directory.File("ffmpeg");

    /// <summary>The fake ffmpeg with the real ffprobe.</summary>
    public FfmpegTools Tools => new() { FfmpegPath = FfmpegPath, FfprobePath = RequiredTool.Require("ffprobe") };

    /// <summary>The encoder that misbehaves, ffmpeg's name for it (h264_nvenc, h264_qsv, h264_vaapi).</summary>
    public string Codec { get; }

    public CapturedFfmpegListing Listing { get; }

    public string RealFfmpegPath { get; }

    /// <summary>Read by the script on every run, so a test can switch it between commands.</summary>
    public FakeEncoderBehaviour Behaviour
    {
        get => File.ReadAllText(directory.File("mode")).Trim() == "fails-mid-task" ? FakeEncoderBehaviour.FailsMidTask : FakeEncoderBehaviour.ProbeFails;
        set => File.WriteAllText(directory.File("mode"), value == FakeEncoderBehaviour.FailsMidTask ? "fails-mid-task" : "probe-fails");
    }

    /// <summary>The arguments of every run so far, one string each (joined by spaces), oldest first.</summary>
    public IReadOnlyList<string> Invocations => File.ReadAllLines(directory.File("calls.log"));

    public void Dispose() => directory.Dispose();

    // What ffmpeg 5.1 prints when the encoder cannot open (no driver) and when it dies after the first frames.
    private string OpenFailure() => Codec switch
    {
        "h264_qsv" => "[h264_qsv @ 0x5592a89f0500] Error initializing an internal MFX session: unsupported (-3)",
        "h264_vaapi" => "[AVHWDeviceContext @ 0x5626736cf940] No VA display found for device /dev/dri/renderD128.",
        _ => string.Create(CultureInfo.InvariantCulture, $"[{Codec} @ 0x561ba0609500] Cannot load libcuda.so.1"),
    }
        + "\nError initializing output stream 0:0 -- Error while opening encoder for output stream #0:0 - maybe incorrect parameters such as bit_rate, rate, width or height";

    private string MidTaskFailure() =>
        string.Create(CultureInfo.InvariantCulture, $"[{Codec} @ 0x55d5c8a3e2c0] EncodePicture failed!: unknown error (12): (no details)")
        + "\nVideo encoding failed\nConversion failed!";

    private string Script() => $$"""
        #!/bin/sh
        # Fake ffmpeg of Reelforge's tests (FakeHardwareFfmpeg): a broken {{Codec}}; everything else is the real ffmpeg.
        dir='{{directory.Path}}'
        real='{{RealFfmpegPath}}'
        printf '%s\n' "$*" >> "$dir/calls.log"
        for a in "$@"; do
          case "$a" in
            -encoders) cat "$dir/encoders.txt"; exit 0 ;;
            -hwaccels) cat "$dir/hwaccels.txt"; exit 0 ;;
          esac
        done
        uses=0; oneframe=0; prev=''; last=''
        for a in "$@"; do
          [ "$a" = '{{Codec}}' ] && uses=1
          [ "$prev" = '-frames:v' ] && [ "$a" = '1' ] && oneframe=1
          prev="$a"; last="$a"
        done
        [ "$uses" = 1 ] || exec "$real" "$@"
        mode=$(cat "$dir/mode")
        if [ "$mode" = 'probe-fails' ]; then
          cat >&2 <<'EOF'
        {{OpenFailure()}}
        EOF
          exit 1
        fi
        if [ "$oneframe" = 1 ]; then
          exec "$real" -hide_banner -nostdin -loglevel error -f lavfi -i color=c=black:s=256x256:r=30:d=1 -frames:v 1 -c:v libx264 -f null -
        fi
        [ "$last" = '-' ] || printf 'partial' > "$last"
        cat >&2 <<'EOF'
        {{MidTaskFailure()}}
        EOF
        exit 1

        """;
}
