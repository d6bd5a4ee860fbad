namespace Reelforge.Pipeline.Tests.Narration;

/// <summary>An IProgress that reports inline (Progress&lt;T&gt; posts to the thread pool, so tests would race).</summary>
internal sealed class SynchronousProgress(Action<double> report) : IProgress<double>
{
    public void Report(double value) => report(value);
}
