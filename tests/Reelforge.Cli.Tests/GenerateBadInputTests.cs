using Reelforge.TestSupport;

namespace Reelforge.Cli.Tests;

/// <summary>Bad input exits non-zero with one clear sentence, no stack trace, and no output file.</summary>
public sealed class GenerateBadInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<CliProcess.Result> GenerateAsync(params string[] args)
    {
        var result = await CliProcess.RunAsync(_dir.Path, ["generate", "--short-side", "144", .. args]);
        Assert.NotEqual(0, result.ExitCode);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.mp4"));
        return result;
    }

    private string Script(string text)
    {
        var path = _dir.File("script.txt");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task MissingScriptFile_SaysItDoesNotExist()
    {
        var result = await GenerateAsync("--script-file", _dir.File("nope.txt"), "--out", _dir.File("v.mp4"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.StandardError);
    }

    [Fact]
    public async Task EmptyScript_SaysThereIsNothingToNarrate()
    {
        var result = await GenerateAsync("--script-file", Script("\n  \n\n"), "--out", _dir.File("v.mp4"));
        Assert.Contains("empty", result.StandardError);
    }

    [Fact]
    public async Task UnknownVoice_PointsToTheVoicesCommand()
    {
        var result = await GenerateAsync("--script", "Hello there.", "--voice", "flite:nobody", "--out", _dir.File("v.mp4"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("reelforge voices", result.StandardError);
    }

    [Fact]
    public async Task UnknownAspect_ListsTheChoices()
    {
        var result = await GenerateAsync("--script", "Hello there.", "--aspect", "3:2", "--out", _dir.File("v.mp4"));
        Assert.Contains("9:16, 16:9, 1:1 or 4:5", result.StandardError);
    }

    [Fact]
    public async Task MissingFont_SaysItIsNotInstalled()
    {
        var result = await GenerateAsync("--script", "Hello there.", "--font", "No Such Font Family", "--out", _dir.File("v.mp4"));
        Assert.Contains("not installed", result.StandardError);
    }

    [Fact]
    public async Task UnwritableOutputDirectory_IsRejectedBeforeAnyWork()
    {
        var result = await GenerateAsync("--script", "Hello there.", "--out", Path.Combine(_dir.Path, "missing-dir", "v.mp4"));
        Assert.Contains("does not exist", result.StandardError);
    }

    [Fact]
    public async Task TopicWithoutLlm_SaysHowToConfigureOneOrPassAScript()
    {
        var result = await GenerateAsync("--topic", "Why the Moon has phases", "--out", _dir.File("v.mp4"));
        Assert.Contains("Reelforge__Llm__Provider", result.StandardError);
        Assert.Contains("--script", result.StandardError);
    }

    [Fact]
    public async Task StderrIsOneSentence()
    {
        var result = await GenerateAsync("--script", "Hello there.", "--fit", "stretch", "--out", _dir.File("v.mp4"));
        Assert.Single(result.StandardError.Trim().Split('\n'));
    }
}
