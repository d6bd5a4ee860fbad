using Reelforge.Data.Segments;
using Reelforge.Jobs.Segments;

namespace Reelforge.Server.Tests.Segments;

/// <summary>
/// Another worker with one free slot, standing in for the Quartz jobs: each request for help starts one picker run
/// there (a real <c>SegmentPicker</c> on its own database object), as a helper job would.
/// </summary>
internal sealed class HelperWorker(Func<SegmentBatchKey, CancellationToken, Task<int>> help) : ISegmentFanOut
{
    private readonly List<Task<int>> _runs = [];

    public int Requested { get; private set; }

    public IReadOnlyList<Task<int>> Runs
    {
        get
        {
            lock (_runs)
            {
                return [.. _runs];
            }
        }
    }

    public Task RequestAsync(SegmentBatchKey key, int helpers, CancellationToken cancellationToken)
    {
        lock (_runs)
        {
            Requested += helpers;
            _runs.Add(Task.Run(() => help(key, CancellationToken.None), CancellationToken.None));
        }

        return Task.CompletedTask;
    }

    /// <summary>Waits for the picker runs to end; fails when one is still going after <paramref name="timeout"/>.</summary>
    public async Task<int> FinishedAsync(TimeSpan timeout)
    {
        var all = Task.WhenAll(Runs);
        if (await Task.WhenAny(all, Task.Delay(timeout)) != all)
        {
            throw new TimeoutException($"the helper worker still renders after {timeout.TotalSeconds} s");
        }

        return (await all).Sum();
    }
}
