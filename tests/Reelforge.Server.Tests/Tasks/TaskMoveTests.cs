using Reelforge.Data;
using Reelforge.Data.Tasks;

namespace Reelforge.Server.Tests.Tasks;

/// <summary>
/// Moves are compare-and-sets on the task's version: two nodes (each with its own database object and contexts, on one
/// shared database) that move the same task from the same reading never both win, and the loser gets a result, not an
/// exception. Run on SQLite and on PostgreSQL by the subclasses.
/// </summary>
public abstract class TaskMoveTests : IAsyncLifetime
{
    private const int Rounds = 20;

    private TaskStore? _first;
    private TaskStore? _second;

    /// <summary>One node's store.</summary>
    private TaskStore First => _first ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Another node's store on the same database.</summary>
    private TaskStore Second => _second ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Creates an empty database and returns how to reach it.</summary>
    protected abstract Task<DatabaseOptions> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    public async Task InitializeAsync()
    {
        var options = await CreateDatabaseAsync();
        var first = new ReelforgeDatabase(options);
        await first.MigrateAsync(CancellationToken.None);
        _first = new TaskStore(first);
        _second = new TaskStore(new ReelforgeDatabase(options));
    }

    public Task DisposeAsync() => DropDatabaseAsync();

    [Fact]
    public async Task TwoNodesStartOneQueuedTask_FromTheSameReading_ExactlyOneRunsIt()
    {
        var id = await AddAsync();
        var seenByFirst = (await First.FindAsync(id, CancellationToken.None))!;
        var seenBySecond = (await Second.FindAsync(id, CancellationToken.None))!;

        var moves = await Task.WhenAll(
            First.MoveAsync(seenByFirst, TaskTransition.Start, t => { t.Attempts++; t.WorkerId = "first"; }, CancellationToken.None),
            Second.MoveAsync(seenBySecond, TaskTransition.Start, t => { t.Attempts++; t.WorkerId = "second"; }, CancellationToken.None));

        var winner = Assert.Single(moves, m => m.Moved);
        var loser = Assert.Single(moves, m => !m.Moved);
        Assert.Equal(TaskMoveOutcome.Lost, loser.Outcome);
        var task = (await First.FindAsync(id, CancellationToken.None))!;
        Assert.Equal((TaskState.Processing, 1, 1, winner.Task!.WorkerId), (task.State, task.Version, task.Attempts, task.WorkerId));
    }

    [Fact]
    public async Task TwoNodesFinishOneRunningTaskDifferently_AtTheSameTime_ExactlyOneFinishesIt()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var id = await AddAsync();
            var started = await First.MoveAsync(id, TaskTransition.Start, null, CancellationToken.None);
            Assert.True(started.Moved, started.Describe());
            var seenByFirst = (await First.FindAsync(id, CancellationToken.None))!;
            var seenBySecond = (await Second.FindAsync(id, CancellationToken.None))!;

            var moves = await Task.WhenAll(
                Task.Run(() => First.MoveAsync(seenByFirst, TaskTransition.Complete, t => t.Progress = 100, CancellationToken.None)),
                Task.Run(() => Second.MoveAsync(seenBySecond, TaskTransition.Cancel, t => t.Error = "cancelled by the second node", CancellationToken.None)));

            var winner = Assert.Single(moves, m => m.Moved);
            Assert.Equal(TaskMoveOutcome.Lost, Assert.Single(moves, m => !m.Moved).Outcome);
            var task = (await Second.FindAsync(id, CancellationToken.None))!;
            Assert.Equal((TaskLifecycle.Target(winner.Transition), 2), (task.State, task.Version));
            Assert.Equal(winner.Transition == TaskTransition.Complete, task.Progress == 100);
            Assert.Equal(winner.Transition == TaskTransition.Cancel, task.Error is not null);
        }
    }

    [Fact]
    public async Task AMoveFromAReadingAnotherNodeOvertook_IsLost_AndWritesNothing()
    {
        var id = await AddAsync();
        var stale = (await Second.FindAsync(id, CancellationToken.None))!;
        Assert.True((await First.MoveAsync(id, TaskTransition.Start, t => t.WorkerId = "first", CancellationToken.None)).Moved);

        var move = await Second.MoveAsync(stale, TaskTransition.Start, t => t.WorkerId = "second", CancellationToken.None);

        Assert.Equal(TaskMoveOutcome.Lost, move.Outcome);
        Assert.EndsWith("Start lost the race, another move made it Processing (version 1)", move.Describe(), StringComparison.Ordinal);
        Assert.Equal((TaskState.Processing, 1, "first"), (move.Task!.State, move.Task.Version, move.Task.WorkerId));
        var task = (await First.FindAsync(id, CancellationToken.None))!;
        Assert.Equal((TaskState.Processing, 1, "first"), (task.State, task.Version, task.WorkerId));
    }

    [Fact]
    public async Task AMoveTheLifecycleForbids_IsRefused_AndWritesNothing()
    {
        var id = await AddAsync();

        var move = await First.MoveAsync(id, TaskTransition.Complete, t => t.Progress = 100, CancellationToken.None);

        Assert.Equal(TaskMoveOutcome.Refused, move.Outcome);
        Assert.Contains("not allowed from Queued", move.Describe(), StringComparison.Ordinal);
        var task = (await First.FindAsync(id, CancellationToken.None))!;
        Assert.Equal((TaskState.Queued, 0, 0, (DateTime?)null), (task.State, task.Version, task.Progress, task.FinishedAt));
    }

    [Fact]
    public async Task AFinishedTask_RefusesEveryMove()
    {
        var id = await AddAsync();
        Assert.True((await First.MoveAsync(id, TaskTransition.Cancel, null, CancellationToken.None)).Moved);

        foreach (var transition in Enum.GetValues<TaskTransition>())
        {
            Assert.Equal(TaskMoveOutcome.Refused, (await Second.MoveAsync(id, transition, null, CancellationToken.None)).Outcome);
        }

        var task = (await First.FindAsync(id, CancellationToken.None))!;
        Assert.Equal((TaskState.Cancelled, 1), (task.State, task.Version));
        Assert.NotNull(task.FinishedAt);
    }

    [Fact]
    public async Task ProgressWrites_KeepTheVersion_SoTheRunningWorkerStillOwnsTheTask()
    {
        var id = await AddAsync();
        var started = await First.MoveAsync(id, TaskTransition.Start, null, CancellationToken.None);

        await Second.UpdateAsync(id, t => { t.Progress = 40; t.Stage = "narrate"; }, CancellationToken.None);
        var retry = await First.MoveAsync(started.Task!, TaskTransition.WaitToRetry, t => t.Error = "speech engine unreachable", CancellationToken.None);

        Assert.True(retry.Moved, retry.Describe());
        var task = (await Second.FindAsync(id, CancellationToken.None))!;
        Assert.Equal((TaskState.RetryWait, 2, 40, "narrate", "speech engine unreachable"), (task.State, task.Version, task.Progress, task.Stage, task.Error));
        Assert.Null(task.FinishedAt);
    }

    [Fact]
    public async Task MovingADeletedTask_IsNotFound()
    {
        var id = await AddAsync();
        var seen = (await First.FindAsync(id, CancellationToken.None))!;
        await Second.DeleteAsync(id, CancellationToken.None);

        var move = await First.MoveAsync(seen, TaskTransition.Start, null, CancellationToken.None);

        Assert.Equal((TaskMoveOutcome.NotFound, (VideoTask?)null), (move.Outcome, move.Task));
    }

    private async Task<string> AddAsync()
    {
        var task = new VideoTask { Id = Guid.NewGuid().ToString(), RequestJson = "{}" };
        await First.AddAsync(task, CancellationToken.None);
        return task.Id;
    }
}
