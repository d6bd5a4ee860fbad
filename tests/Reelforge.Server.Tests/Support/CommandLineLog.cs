using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Reelforge.Media;

namespace Reelforge.Server.Tests.Support;

/// <summary>Every ffmpeg/ffprobe command line the host's runner started, as it logged them.</summary>
public sealed class CommandLineLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> CommandLines => [.. _lines];

    public ILogger CreateLogger(string categoryName) =>
        categoryName == typeof(FfmpegRunner).FullName ? new Recorder(_lines) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Recorder(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            if (message.StartsWith("Running ", StringComparison.Ordinal))
            {
                lines.Enqueue(message["Running ".Length..]);
            }
        }
    }
}
