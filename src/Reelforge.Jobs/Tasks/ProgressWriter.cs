using Reelforge.Data.Tasks;
using Reelforge.Pipeline.Generation;

namespace Reelforge.Jobs.Tasks;

/// <summary>
/// Writes a running task's stage and percent to the database: at once when the stage or state changes, otherwise at
/// most a few times a second, one write at a time (reports arrive on ffmpeg's output thread and must not wait).
/// </summary>
internal sealed class ProgressWriter(TaskStore store, TaskSignals signals, string taskId)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly Lock _gate = new();
    private (string Stage, int Percent)? _pending;
    private (string Stage, int Percent)? _written;
    private DateTime _lastWrite = DateTime.MinValue;
    private Task _writing = Task.CompletedTask;

    /// <summary>The stage reported last, lower case.</summary>
    public string? Stage { get; private set; }

    public void Report(StageProgress report, int percent)
    {
        ArgumentNullException.ThrowIfNull(report);
        var stage = report.Stage.ToString().ToLowerInvariant();
        lock (_gate)
        {
            Stage = stage;
            var previous = _pending ?? _written;
            _pending = (stage, Math.Max(percent, previous?.Stage == stage ? previous.Value.Percent : 0));
            var urgent = _written?.Stage != stage;
            if (_writing.IsCompleted && (urgent || DateTime.UtcNow - _lastWrite >= Interval))
            {
                _writing = WriteAsync();
            }
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        Task writing;
        lock (_gate)
        {
            writing = _writing;
        }

        await writing.WaitAsync(cancellationToken);
        lock (_gate)
        {
            writing = _pending is null ? Task.CompletedTask : WriteAsync();
        }

        await writing.WaitAsync(cancellationToken);
    }

    private async Task WriteAsync()
    {
        (string Stage, int Percent) value;
        lock (_gate)
        {
            value = _pending!.Value;
            _pending = null;
            _lastWrite = DateTime.UtcNow;
        }

        await store.UpdateAsync(taskId, t =>
        {
            t.Stage = value.Stage;
            t.Progress = Math.Max(t.Progress, value.Percent);
        }, CancellationToken.None);
        lock (_gate)
        {
            _written = value;
        }

        signals.Changed(taskId);
    }
}
