using System.Diagnostics;
using System.Text.Json;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Library;

/// <summary>The built CLI as a process: <c>reelforge library import</c> then <c>reelforge library search --json</c>.</summary>
public sealed class LibraryCommandTests
{
    [Fact]
    public async Task ImportThenSearch_PrintCountsAndTheMatchingClipAsJson()
    {
        using var media = new TempDirectory();
        using var data = new TempDirectory();
        var paths = LibraryMedia.Create(media.Path);

        var import = await RunAsync("library", "import", media.Path, "--data-dir", data.Path);
        Assert.True(import.ExitCode == 0, import.Output);
        Assert.StartsWith("imported 5, updated 0, skipped 0, duplicates 1, failed 1", import.Output, StringComparison.Ordinal);
        Assert.Contains($"left out {paths.Broken}", import.Error, StringComparison.Ordinal);

        var again = await RunAsync("library", "import", media.Path, "--data-dir", data.Path);
        Assert.StartsWith("imported 0, updated 0, skipped 5, duplicates 0", again.Output, StringComparison.Ordinal);

        var search = await RunAsync("library", "search", "ocean", "waves", "--json", "--data-dir", data.Path);
        Assert.True(search.ExitCode == 0, search.Error);
        var hits = JsonDocument.Parse(search.Output).RootElement.EnumerateArray().ToList();
        var hit = Assert.Single(hits);
        Assert.Equal(paths.Ocean, hit.GetProperty("path").GetString());
        Assert.Equal("video", hit.GetProperty("kind").GetString());
        Assert.Equal(2, hit.GetProperty("matched").GetInt32());
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reelforge.dll"));
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
