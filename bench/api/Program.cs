using System.Globalization;

namespace Reelforge.Bench.Api;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }

        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"bench: {e.Message}\n\n{BenchOptions.Usage}");
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        await using var stub = options.SelfTest ? new StubApi() : null;
        var target = stub?.BaseUrl ?? options.BaseUrl!;
        try
        {
            var report = await BenchmarkRun.RunAsync(options, target, stop.Token);
            Console.WriteLine(report.Markdown);
            if (options.OutFile is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.OutFile))!);
                await File.WriteAllTextAsync(options.OutFile, report.Markdown, CancellationToken.None);
                await Console.Error.WriteLineAsync($"bench: wrote {options.OutFile}");
            }

            if (report.Problems.Count > 0)
            {
                await Console.Error.WriteLineAsync("bench: " + string.Join("; ", report.Problems));
                return 1;
            }

            return 0;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("bench: interrupted");
            return 130;
        }
        catch (Exception e) when (e is HttpRequestException or InvalidDataException or TimeoutException or System.Text.Json.JsonException)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"bench: {e.GetType().Name}: {e.Message}"));
            return 1;
        }
    }
}
