using Reelforge.Core.Requests;
using Reelforge.Pipeline.Generation;
using Spectre.Console;

namespace Reelforge.Cli.Output;

/// <summary>Shows generation progress: one bar per stage on a terminal, plain lines (on stderr) otherwise.</summary>
internal static class ProgressView
{
    public static bool IsInteractive => !Console.IsErrorRedirected && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static async Task<T> RunAsync<T>(Func<IProgress<StageProgress>, Task<T>> work)
    {
        if (!IsInteractive)
        {
            return await work(new PlainProgress());
        }

        T result = default!;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = Enum.GetValues<StageName>().ToDictionary(
                    s => s,
                    s => context.AddTask(Label(s, null), autoStart: false, maxValue: 1));
                var progress = new SynchronousProgress<StageProgress>(p =>
                {
                    var task = tasks[p.Stage];
                    if (!task.IsStarted)
                    {
                        task.StartTask();
                    }

                    task.Value = p.State == StageState.Completed ? 1 : Math.Min(p.Fraction, 0.999);
                    task.Description = Label(p.Stage, p.State == StageState.Completed ? null : p.Detail);
                    if (p.State == StageState.Completed)
                    {
                        task.StopTask();
                    }
                });
                result = await work(progress);
            });
        return result;
    }

    private static string Label(StageName stage, string? detail) =>
        detail is null ? stage.ToString() : $"{stage} [grey]{Markup.Escape(detail)}[/]";

    /// <summary>Plain log lines: stage starts and ends, render progress every 10 %.</summary>
    private sealed class PlainProgress : IProgress<StageProgress>
    {
        private readonly Lock _gate = new();
        private readonly DateTime _start = DateTime.UtcNow;
        private int _lastDecile = -1;

        public void Report(StageProgress value)
        {
            lock (_gate)
            {
                var elapsed = (DateTime.UtcNow - _start).TotalSeconds;
                if (value.State == StageState.Completed)
                {
                    Console.Error.WriteLine($"[{elapsed,6:0.0}s] {value.Stage,-8} done");
                    _lastDecile = -1;
                }
                else if (value.Fraction == 0 && _lastDecile < 0)
                {
                    Console.Error.WriteLine($"[{elapsed,6:0.0}s] {value.Stage,-8} started");
                    _lastDecile = 0;
                }
                else if ((int)(value.Fraction * 10) > _lastDecile)
                {
                    _lastDecile = (int)(value.Fraction * 10);
                    Console.Error.WriteLine($"[{elapsed,6:0.0}s] {value.Stage,-8} {value.Fraction:P0} {value.Detail}");
                }
            }
        }
    }
}
