namespace Reelforge.Cli.Output;

/// <summary>An IProgress that reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool out of order).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
