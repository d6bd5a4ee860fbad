using System.Globalization;
using System.Text;

namespace Reelforge.Bench.Api;

/// <summary>The benchmark's results as markdown (printed, and written to bench/results/api-latest.md by run.sh).</summary>
public static class ApiReport
{
    public static string Render(
        BenchOptions options,
        Uri target,
        IReadOnlyList<FirstProgressProbe.Sample> samples,
        TaskPollLoad.Result load)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var firstProgress = new LatencySummary(samples.Select(s => s.FirstProgressMs));
        var submit = new LatencySummary(samples.Select(s => s.SubmitMs));
        var what = options.SelfTest ? "SELF-TEST against the built-in stub (proves the tool, not Reelforge numbers)" : "reelforge serve";
        text.AppendLine(c, $"# Reelforge API benchmark — {DateTime.UtcNow:yyyy-MM-ddTHH:mmZ}, {Environment.ProcessorCount} cores, {what}");
        text.AppendLine();
        text.AppendLine(c, $"Target {target} (loopback). Client and server share this machine's cores.");
        text.AppendLine();
        text.AppendLine(c, $"## Submit to first progress (N={samples.Count}, polling GET /api/v1/tasks/{{id}} every 10 ms)");
        var each = string.Join(", ", samples.Select(s => s.FirstProgressMs.ToString("0.0", c)));
        text.AppendLine(c, $"- first progress or stage after submit: median {firstProgress.Median:0.0} ms, max {firstProgress.Max:0.0} ms [{each}]");
        text.AppendLine(c, $"- POST /api/v1/videos alone: median {submit.Median:0.0} ms, max {submit.Max:0.0} ms");
        text.AppendLine(c, $"- each task submitted on an idle server (the previous one finished first); final states: {string.Join(", ", samples.Select(Outcome))}");
        text.AppendLine();
        var l = load.Latencies;
        text.AppendLine(c, $"## GET /api/v1/tasks/{{id}} under load ({load.Connections} connections, " +
            $"{options.Warmup.TotalSeconds:0} s warm-up, {options.Duration.TotalSeconds:0} s measured)");
        var firstError = load.FirstError is null ? string.Empty : $" (first: {load.FirstError})";
        text.AppendLine(c, $"- {load.RequestsPerSecond:0} requests/s: {load.Requests} requests in {load.Window.TotalSeconds:0.00} s, {load.Errors} errors{firstError}");
        text.AppendLine(c, $"- latency over all {l.Count} successful requests (exact, nearest rank): p50 {l.Median:0.00} ms, " +
            $"p90 {l.Percentile(90):0.00} ms, p99 {l.Percentile(99):0.00} ms, max {l.Max:0.00} ms");
        return text.ToString();
    }

    private static string Outcome(FirstProgressProbe.Sample sample) => sample.Final.State switch
    {
        1 => "completed",
        -1 => "failed",
        _ => sample.FinishedInTime ? $"state {sample.Final.State}" : "still running at the timeout",
    };
}
