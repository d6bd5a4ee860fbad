using System.Text.Json;
using Reelforge.Media;
using Reelforge.Media.Loudness;
using Reelforge.Media.Probing;
using Reelforge.TestSupport;

namespace Reelforge.Cli.Tests;

/// <summary>The whole <c>reelforge generate</c> as a user runs it, at a small size.</summary>
public sealed class GenerateEndToEndTests : IDisposable
{
    private const string Script = "Volcanoes are openings in the crust. Magma rises from below.\n\nLava cools into new rock, about 2.5 meters a day!";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Generate_Script_WritesVerifiedVideoSidecarsAndManifest()
    {
        RequiredTool.Require("flite");
        var output = _dir.File("short.mp4");

        var result = await CliProcess.RunAsync(_dir.Path, "generate", "--script", Script, "--short-side", "180",
            "--quality", "draft", "--captions", "words", "--transition", "random", "--json", "--out", output);

        Assert.True(result.ExitCode == 0, result.StandardError);
        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal(output, json.RootElement.GetProperty("video").GetString());
        Assert.Equal("flite:slt", json.RootElement.GetProperty("voice").GetString());

        var probe = await new FfprobeClient(new FfmpegRunner()).ProbeAsync(output);
        Assert.Equal(180, probe.Video!.Width);
        Assert.Equal(320, probe.Video.Height);
        Assert.Equal("High", probe.Video.Profile);
        Assert.True(Mp4Layout.IsFastStart(output));

        var loudness = await new LoudnessMeter(new FfmpegRunner()).MeasureAsync(output);
        Assert.InRange(loudness.IntegratedLufs, -15, -13);

        // Captions: the SRT text is the script, word for word.
        var srt = await File.ReadAllTextAsync(Path.ChangeExtension(output, ".srt"));
        var srtText = string.Join(' ', srt.Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.Contains("-->", StringComparison.Ordinal) && !int.TryParse(l, out _)));
        Assert.Equal(string.Join(' ', Script.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), srtText);
        Assert.True(File.Exists(Path.ChangeExtension(output, ".ass")));

        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(output, ".manifest.json")));
        Assert.True(manifest.RootElement.GetProperty("timeline").GetProperty("clips").GetArrayLength() >= 2);
        Assert.Matches(@"^\d+\.\d+", manifest.RootElement.GetProperty("tools").GetProperty("ffmpeg").GetString());
        Assert.True(manifest.RootElement.GetProperty("stage_seconds").GetProperty("render").GetDouble() > 0);
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.partial*"));
    }

    [Fact]
    public async Task Voices_ListsFliteAndEspeakVoicesByLanguage()
    {
        var result = await CliProcess.RunAsync(_dir.Path, "voices", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var voices = json.RootElement.EnumerateArray().Select(v => v.GetProperty("voice").GetString()).ToList();
        Assert.Contains("flite:slt", voices);
        Assert.Contains("espeak:cmn", voices);
    }

    [Fact]
    public async Task Doctor_ReportsFfmpegEncodersAndSpeechEngines()
    {
        var result = await CliProcess.RunAsync(_dir.Path, "doctor");

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        Assert.Contains("libx264", result.StandardOutput);
        Assert.Contains("speech flite", result.StandardOutput);
        Assert.Contains("Everything Reelforge needs is here", result.StandardOutput);
    }
}
