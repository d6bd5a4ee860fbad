using System.Diagnostics;

namespace Reelforge.Bench.Api;

/// <summary>
/// Closed-loop load: N workers on N connections each send GET /api/v1/tasks/{id} back to back. Requests started during
/// the warm-up are discarded; requests started in the measured window are all recorded, and the window closes when the
/// last of them completes. Bounded by time and by a cap on recorded requests.
/// </summary>
public sealed class TaskPollLoad(HttpClient http, IReadOnlyList<string> taskIds)
{
    private const int MaxRecordedRequests = 5_000_000;

    public sealed record Result(int Connections, TimeSpan Window, LatencySummary Latencies, long Errors, string? FirstError)
    {
        public long Requests => Latencies.Count + Errors;

        public double RequestsPerSecond => Requests / Window.TotalSeconds;
    }

    public async Task<Result> RunAsync(int connections, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(taskIds.Count);
        var begin = Stopwatch.GetTimestamp();
        var measureFrom = begin + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var measureUntil = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, connections)
            .Select(i => Task.Run(() => WorkAsync(i, measureFrom, measureUntil, MaxRecordedRequests / connections, cancellationToken), cancellationToken))
            .ToArray();
        var records = await Task.WhenAll(workers);
        var window = Stopwatch.GetElapsedTime(measureFrom, Math.Max(measureUntil, records.Max(r => r.LastEnd)));
        return new Result(
            connections,
            window,
            new LatencySummary(records.SelectMany(r => r.Latencies)),
            records.Sum(r => r.Errors),
            records.Select(r => r.FirstError).FirstOrDefault(e => e is not null));
    }

    private sealed record WorkerRecord(List<double> Latencies, long Errors, string? FirstError, long LastEnd);

    private async Task<WorkerRecord> WorkAsync(int worker, long measureFrom, long measureUntil, int cap, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(capacity: 16_384);
        long errors = 0, lastEnd = 0;
        string? firstError = null;
        var next = worker;
        while (latencies.Count + errors < cap)
        {
            var start = Stopwatch.GetTimestamp();
            if (start >= measureUntil)
            {
                break;
            }

            var path = TasksApi.TaskPath(taskIds[next++ % taskIds.Count]);
            string? error = null;
            try
            {
                using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    error = $"HTTP {(int)response.StatusCode}";
                }
            }
            catch (HttpRequestException e)
            {
                error = e.Message;
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                error = $"timeout: {e.Message}";
            }

            var end = Stopwatch.GetTimestamp();
            if (start < measureFrom)
            {
                continue;
            }

            lastEnd = end;
            if (error is null)
            {
                latencies.Add(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
            }
            else
            {
                errors++;
                firstError ??= error;
            }
        }

        return new WorkerRecord(latencies, errors, firstError, lastEnd);
    }
}
