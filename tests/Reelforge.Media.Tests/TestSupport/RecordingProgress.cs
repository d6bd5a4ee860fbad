namespace Reelforge.Media.Tests.TestSupport;

/// <summary>
/// Records reports synchronously; <see cref="Progress{T}"/> would post them to the thread pool and some
/// could arrive after the run has returned.
/// </summary>
internal sealed class RecordingProgress<T>(Action<T>? onReport = null) : IProgress<T>
{
    private readonly List<T> reports = [];

    public IReadOnlyList<T> Reports
    {
        get
        {
            lock (reports)
            {
                return [.. reports];
            }
        }
    }

    public void Report(T value)
    {
        lock (reports)
        {
            reports.Add(value);
        }

        onReport?.Invoke(value);
    }
}
