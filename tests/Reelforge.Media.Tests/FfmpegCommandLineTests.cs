using System.Diagnostics;

namespace Reelforge.Media.Tests;

public sealed class FfmpegCommandLineTests
{
    [Fact]
    public void Quote_PlainArguments_AreLeftBare()
    {
        var line = FfmpegCommandLine.Quote(["/usr/bin/ffmpeg", "-i", "in.mp4", "-c:v", "libx264", "-crf", "23", "out.mp4"]);

        Assert.Equal("/usr/bin/ffmpeg -i in.mp4 -c:v libx264 -crf 23 out.mp4", line);
    }

    [Fact]
    public void Quote_SpacesQuotesAndFilterSyntax_AreSingleQuoted()
    {
        var line = FfmpegCommandLine.Quote(["-i", "my clip.mp4", "-vf", "[0:v]scale=1080:-2[v]", "it's", ""]);

        Assert.Equal("-i 'my clip.mp4' -vf '[0:v]scale=1080:-2[v]' 'it'\\''s' ''", line);
    }

    [Fact]
    public async Task Quote_PastedIntoShell_GivesBackTheSameArguments()
    {
        string[] arguments = ["a b", "it's", "$HOME", "`date`", "x;y", "[in]drawtext=text='Hi \"you\"'", "", "tab\there", "ünïcode"];
        var startInfo = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add("printf '%s\\n' " + FfmpegCommandLine.Quote(arguments));

        using var process = Process.Start(startInfo)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(arguments, output.Split('\n')[..^1]);
    }
}
