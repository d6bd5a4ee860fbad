using Reelforge.TestSupport;

namespace Reelforge.Cli.Tests;

/// <summary><c>--encoder</c>, <c>Render:Encoder</c> and what <c>doctor</c> says about the hardware encoders.</summary>
public sealed class EncoderChoiceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Generate_UnknownEncoderOption_IsRefusedNamingTheOptionAndItsChoices()
    {
        var result = await CliProcess.RunAsync(_dir.Path, "generate", "--script", "Hello there.", "--encoder", "cuda", "--out", _dir.File("v.mp4"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--encoder must be auto, libx264, nvenc, qsv or vaapi, not 'cuda'.", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.mp4"));
    }

    [Fact]
    public async Task Generate_BadRenderEncoderSetting_FailsAtStartNamingTheKeyAndTheRule()
    {
        var result = await CliProcess.RunAsync(
            _dir.Path,
            new Dictionary<string, string> { ["Reelforge__Render__Encoder"] = "h264_nvenc" },
            "generate", "--script", "Hello there.", "--out", _dir.File("v.mp4"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Render:Encoder must be auto, libx264, nvenc, qsv or vaapi, not 'h264_nvenc'.", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_ShowsEachHardwareEncodersOneFrameTestAndTheConfiguredSelection()
    {
        using var fake = new FakeHardwareFfmpeg(FakeEncoderBehaviour.ProbeFails);

        var result = await CliProcess.RunAsync(
            _dir.Path,
            new Dictionary<string, string>
            {
                ["PATH"] = fake.Directory + ":" + Environment.GetEnvironmentVariable("PATH"),
                ["Reelforge__Render__Encoder"] = "nvenc",
            },
            "doctor");
        var rows = TableRows(result.StandardOutput);

        Assert.Equal("fails: Cannot load libcuda.so.1", rows["encoder h264_nvenc"]);
        Assert.StartsWith("fails: ", rows["encoder h264_qsv"], StringComparison.Ordinal);
        Assert.Equal(
            "libx264: nvenc was asked for but failed its one-frame test (Cannot load libcuda.so.1); using libx264",
            rows["encoder selected"]);
    }

    /// <summary>The "Found" cell of each row of doctor's table, with the lines Spectre wrapped it over joined again.</summary>
    private static Dictionary<string, string> TableRows(string output)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        foreach (var line in output.Split('\n'))
        {
            var cells = line.Split('│');
            if (cells.Length < 4)
            {
                continue;
            }

            var check = cells[1].Trim();
            var found = cells[2].Trim();
            if (check.Length > 0)
            {
                current = check;
                rows[current] = found;
            }
            else if (current is not null && found.Length > 0)
            {
                rows[current] += " " + found;
            }
        }

        return rows;
    }
}
