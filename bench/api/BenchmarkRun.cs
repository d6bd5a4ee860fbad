using System.Net;

namespace Reelforge.Bench.Api;

/// <summary>One benchmark run: readiness, submit-to-first-progress samples, then the polling load.</summary>
public static class BenchmarkRun
{
    public sealed record Report(string Markdown, IReadOnlyList<string> Problems);

    public static async Task<Report> RunAsync(BenchOptions options, Uri target, CancellationToken cancellationToken)
    {
        using var probeHttp = Client(target, connections: 2);
        var api = new TasksApi(probeHttp);
        await Console.Error.WriteLineAsync($"bench: waiting for {target}health/ready");
        if (!await api.WaitReadyAsync(options.ReadyTimeout, cancellationToken))
        {
            throw new TimeoutException($"{target}health/ready did not answer 200 within {options.ReadyTimeout.TotalSeconds:0} s");
        }

        var probe = new FirstProgressProbe(api, options.FinishTimeout);
        var samples = new List<FirstProgressProbe.Sample>();
        for (var i = 0; i < options.Submissions; i++)
        {
            var sample = await probe.MeasureAsync(cancellationToken);
            samples.Add(sample);
            await Console.Error.WriteLineAsync($"bench: task {i + 1}/{options.Submissions}: first progress after {sample.FirstProgressMs:0.0} ms ({sample.Polls} polls)");
        }

        await Console.Error.WriteLineAsync($"bench: load: {options.Connections} connections, {options.Warmup.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s");
        using var loadHttp = Client(target, options.Connections);
        var load = await new TaskPollLoad(loadHttp, [.. samples.Select(s => s.TaskId)])
            .RunAsync(options.Connections, options.Warmup, options.Duration, cancellationToken);

        var markdown = ApiReport.Render(options, target, samples, load);
        return new Report(markdown, options.SelfTest ? SelfTestProblems(samples, load) : []);
    }

    private static HttpClient Client(Uri target, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.None,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        BaseAddress = target,
        Timeout = TimeSpan.FromSeconds(10),
    };

    // the stub's behaviour is known, so the pipeline's numbers can be checked against it
    private static List<string> SelfTestProblems(List<FirstProgressProbe.Sample> samples, TaskPollLoad.Result load)
    {
        var problems = new List<string>();
        var first = new LatencySummary(samples.Select(s => s.FirstProgressMs));
        if (first.Min < StubApi.StartDelay.TotalMilliseconds)
        {
            problems.Add($"first progress {first.Min:0.0} ms is before the stub's {StubApi.StartDelay.TotalMilliseconds} ms start delay");
        }

        if (first.Max > StubApi.StartDelay.TotalMilliseconds + 1000)
        {
            problems.Add($"first progress {first.Max:0.0} ms is far past the stub's start delay: the 10 ms polling is not happening");
        }

        if (samples.Any(s => s.Final.State != 1))
        {
            problems.Add("a stub task did not complete");
        }

        if (load.Errors > 0 || load.Latencies.Count == 0)
        {
            problems.Add($"load: {load.Latencies.Count} ok, {load.Errors} errors ({load.FirstError})");
        }

        var l = load.Latencies;
        if (!(l.Min <= l.Median && l.Median <= l.Percentile(99) && l.Percentile(99) <= l.Max))
        {
            problems.Add("percentiles are out of order");
        }

        return problems;
    }
}
