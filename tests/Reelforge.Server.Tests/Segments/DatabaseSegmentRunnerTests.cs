using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Data;
using Reelforge.Data.Segments;
using Reelforge.Data.Tasks;
using Reelforge.Jobs.Segments;
using Reelforge.Media;
using Reelforge.Pipeline.Render.Segments;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Segments;

/// <summary>
/// The segmented render spread over workers through the database: an owner (the task's worker) and a helper (another
/// worker, each with its own database object on one shared database) render tiny real ffmpeg parts. Every part is
/// rendered exactly once, rendered parts are reused, stale claims are taken over, cancel stops everything, a failed
/// part fails the batch. Run on SQLite and on PostgreSQL by the subclasses.
/// </summary>
public abstract class DatabaseSegmentRunnerTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly TempDirectory _parts = new();
    private readonly FfmpegRunner _ffmpeg = new();
    private DatabaseOptions? _options;
    private string _taskId = "";

    /// <summary>Creates an empty database and returns how to reach it.</summary>
    protected abstract Task<DatabaseOptions> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    private DatabaseOptions Options => _options ?? throw new InvalidOperationException("Not initialised.");

    private SegmentBatchKey Key(string batch = "k1") => new(_taskId, 1, batch);

    public async Task InitializeAsync()
    {
        RequiredTool.Require("ffmpeg");
        _options = await CreateDatabaseAsync();
        var database = new ReelforgeDatabase(_options);
        await database.MigrateAsync(CancellationToken.None);
        var task = new VideoTask { Id = Guid.NewGuid().ToString(), RequestJson = "{}" };
        await new TaskStore(database).AddAsync(task, CancellationToken.None);
        _taskId = task.Id;
    }

    public Task DisposeAsync() => DropDatabaseAsync();

    public void Dispose()
    {
        _parts.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task OwnerAndHelper_RenderEveryPartExactlyOnce_AndBothDoSome()
    {
        var parts = SyntheticParts.Parts(_parts.Path, 6, seconds: 2);
        var helper = Helper("helper");
        var outcomes = await Owner("owner", helper, inFlight: 1).RunAsync(new SegmentBatch("k1", "libx264", parts), null, CancellationToken.None);
        var helped = await helper.FinishedAsync(TimeSpan.FromSeconds(30));

        var rows = await Store().ListAsync(Key(), CancellationToken.None);
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal((SegmentState.Done, 1), (r.State, r.Attempts)));
        Assert.All(parts, p => Assert.Equal(1, SyntheticParts.FfmpegRuns(p)));
        Assert.All(parts, p => Assert.True(File.Exists(p.OutputPath), p.OutputPath));
        Assert.Equal(["helper", "owner"], rows.Select(r => r.WorkerId).Distinct().Order());
        Assert.Equal(rows.Count(r => r.WorkerId == "helper"), helped);
        Assert.Equal(5, helper.Requested);
        Assert.Equal([0, 1, 2, 3, 4, 5], outcomes.Select(o => o.Index));
        Assert.All(outcomes, o => Assert.False(o.Reused));
        Assert.Equal(rows.Select(r => r.WorkerId), outcomes.Select(o => o.Worker));
    }

    [Fact]
    public async Task PartFileAlreadyThere_CountsAsDone_AndIsNotRenderedAgain()
    {
        var parts = SyntheticParts.Parts(_parts.Path, 3);
        await using (var log = new StreamWriter(Path.ChangeExtension(parts[1].OutputPath, ".log")))
        {
            await parts[1].RunAsync(_ffmpeg, log, null, CancellationToken.None);
        }

        var outcomes = await Owner("owner", Helper("helper"), inFlight: 2).RunAsync(new SegmentBatch("k1", "libx264", parts), null, CancellationToken.None);

        Assert.Equal([false, true, false], outcomes.Select(o => o.Reused));
        Assert.All(parts, p => Assert.Equal(1, SyntheticParts.FfmpegRuns(p)));
        var rows = await Store().ListAsync(Key(), CancellationToken.None);
        Assert.Equal([1, 0, 1], rows.Select(r => r.Attempts));
        Assert.All(rows, r => Assert.Equal(SegmentState.Done, r.State));
    }

    [Fact]
    public async Task RestartedTask_FindsItsRows_AndRendersOnlyTheMissingPart()
    {
        var parts = SyntheticParts.Parts(_parts.Path, 3);
        var batch = new SegmentBatch("k1", "libx264", parts);
        await Owner("first-run", Helper("helper"), inFlight: 2).RunAsync(batch, null, CancellationToken.None);
        File.Delete(parts[2].OutputPath);

        var outcomes = await Owner("second-run", Helper("helper"), inFlight: 2).RunAsync(batch, null, CancellationToken.None);

        Assert.Equal([true, true, false], outcomes.Select(o => o.Reused));
        Assert.Equal([1, 1, 2], parts.Select(SyntheticParts.FfmpegRuns));
        var rows = await Store().ListAsync(Key(), CancellationToken.None);
        Assert.Equal([1, 1, 2], rows.Select(r => r.Attempts));
        Assert.Equal("second-run", rows[2].WorkerId);
    }

    [Fact]
    public async Task ClaimOfAWorkerThatStoppedHeartbeating_IsTakenOver_ButALiveOneIsNot()
    {
        var parts = SyntheticParts.Parts(_parts.Path, 3);
        var json = parts.Select(p => new NewSegment(p.Index, System.Text.Json.JsonSerializer.Serialize(p, Pipeline.Checkpoints.StageCheckpointJson.Options), false)).ToList();
        await Store().PrepareAsync(Key(), json, CancellationToken.None);
        var longAgo = new RenderSegmentStore(new ReelforgeDatabase(Options), new FixedClock(DateTimeOffset.UtcNow.AddHours(-1)));
        Assert.Equal(0, (await Store().ClaimAsync(Key(), "live-worker", Lease, CancellationToken.None))!.Index);
        Assert.Equal(1, (await Store().ClaimAsync(Key(), "probe", Lease, CancellationToken.None))!.Index);
        await Store().ReleaseAsync(Key(), 1, "probe", CancellationToken.None);
        Assert.Equal(1, (await longAgo.ClaimAsync(Key(), "dead-worker", Lease, CancellationToken.None))!.Index);
        await Store().ReleaseAsync(Key(), 0, "live-worker", CancellationToken.None);

        await Owner("owner", Helper("helper"), inFlight: 1).RunAsync(new SegmentBatch("k1", "libx264", parts), null, CancellationToken.None);

        var rows = await Store().ListAsync(Key(), CancellationToken.None);
        Assert.All(rows, r => Assert.Equal(SegmentState.Done, r.State));
        Assert.NotEqual("dead-worker", rows[1].WorkerId);
        Assert.Equal([2, 3, 1], rows.Select(r => r.Attempts));
        Assert.All(parts, p => Assert.Equal(1, SyntheticParts.FfmpegRuns(p)));
    }

    [Fact]
    public async Task Cancel_StopsThePartsOnEveryWorker_AndLeavesNoFfmpegRunning()
    {
        var parts = Enumerable.Range(0, 4).Select(i => SyntheticParts.Part(_parts.Path, i, seconds: 60, realTime: true)).ToList();
        var helper = Helper("helper");
        using var cancel = new CancellationTokenSource();
        var reports = new List<SegmentProgress>();
        var run = Owner("owner", helper, inFlight: 1).RunAsync(new SegmentBatch("k1", "libx264", parts), new Reports(reports), cancel.Token);
        await WaitUntilAsync(async () => (await Store().ListAsync(Key(), CancellationToken.None)).Count(r => r.State == SegmentState.Running) == 2
            && SyntheticParts.FfmpegProcessesIn(_parts.Path).Count == 2);

        // As a cancel request does: the flag for every worker, and the owner's own token.
        await new TaskStore(new ReelforgeDatabase(Options)).RequestCancelAsync(_taskId, CancellationToken.None);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(0, await helper.FinishedAsync(TimeSpan.FromSeconds(10)));
        Assert.Empty(SyntheticParts.FfmpegProcessesIn(_parts.Path));
        var rows = await Store().ListAsync(Key(), CancellationToken.None);
        Assert.All(rows, r => Assert.Equal(SegmentState.Pending, r.State));
        Assert.All(parts, p => Assert.False(File.Exists(p.OutputPath)));
        Assert.All(reports, r => Assert.Equal((0, 4), (r.Done, r.Total)));
    }

    [Fact]
    public async Task PartFailingOnTheHelper_FailsTheOwnersBatch_WithThePartsError()
    {
        SegmentWork[] parts = [SyntheticParts.Part(_parts.Path, 0, seconds: 20, realTime: true), SyntheticParts.Part(_parts.Path, 1, failing: true)];

        // The helper starts once the owner renders part 0, so the failing part is the helper's.
        var helper = Helper("helper", async () => await WaitUntilAsync(async () =>
            (await Store().ListAsync(Key(), CancellationToken.None)).Any(r => r.WorkerId == "owner")));

        var failure = await Assert.ThrowsAsync<FfmpegException>(
            () => Owner("owner", helper, inFlight: 1).RunAsync(new SegmentBatch("k1", "libx264", parts), null, CancellationToken.None));

        Assert.Contains("part 1 on helper", failure.Message, StringComparison.Ordinal);
        Assert.Contains(SyntheticParts.MissingFilter, failure.Message, StringComparison.Ordinal);
        Assert.NotEqual(0, failure.ExitCode);
        await helper.FinishedAsync(TimeSpan.FromSeconds(10));
        var rows = await Store().ListAsync(Key(), CancellationToken.None);
        Assert.Equal((SegmentState.Pending, SegmentState.Failed), (rows[0].State, rows[1].State));
        Assert.Contains(SyntheticParts.MissingFilter, rows[1].Error, StringComparison.Ordinal);
        Assert.Empty(SyntheticParts.FfmpegProcessesIn(_parts.Path));
    }

    [Fact]
    public async Task NewBatchKey_AfterAFailedOne_RendersEveryPartAfresh()
    {
        var failing = new[] { SyntheticParts.Part(_parts.Path, 0, failing: true) };
        await Assert.ThrowsAsync<FfmpegException>(() => Owner("owner", Helper("helper"), inFlight: 1).RunAsync(new SegmentBatch("k1", "libx264", failing), null, CancellationToken.None));
        var parts = SyntheticParts.Parts(_parts.Path, 2);

        var outcomes = await Owner("owner", Helper("helper"), inFlight: 2).RunAsync(new SegmentBatch("k2", "libx264", parts), null, CancellationToken.None);

        Assert.Equal(2, outcomes.Count);
        Assert.Equal(SegmentState.Failed, Assert.Single(await Store().ListAsync(Key("k1"), CancellationToken.None)).State);
        Assert.All(await Store().ListAsync(Key("k2"), CancellationToken.None), r => Assert.Equal((SegmentState.Done, 1), (r.State, r.Attempts)));
    }

    [Fact]
    public async Task DeletingTheTask_DeletesItsRows()
    {
        var parts = SyntheticParts.Parts(_parts.Path, 2);
        await Owner("owner", Helper("helper"), inFlight: 2).RunAsync(new SegmentBatch("k1", "libx264", parts), null, CancellationToken.None);
        Assert.Equal(2, (await Store().ForTaskAsync(_taskId, CancellationToken.None)).Count);

        await new TaskStore(new ReelforgeDatabase(Options)).DeleteAsync(_taskId, CancellationToken.None);

        Assert.Empty(await Store().ForTaskAsync(_taskId, CancellationToken.None));
    }

    /// <summary>A store on a database object of its own, as each worker has.</summary>
    private RenderSegmentStore Store() => new(new ReelforgeDatabase(Options));

    private ISegmentRunner Owner(string worker, ISegmentFanOut fanOut, int inFlight)
    {
        var store = Store();
        return new DatabaseSegmentRunner(store, fanOut, new SegmentRenderer(store, _ffmpeg, worker, Lease, NullLogger.Instance), _taskId, 1, inFlight, Lease, Poll);
    }

    private HelperWorker Helper(string worker, Func<Task>? startWhen = null)
    {
        var database = new ReelforgeDatabase(Options);
        var store = new RenderSegmentStore(database);
        var picker = new SegmentPicker(store, new TaskStore(database), new SegmentRenderer(store, new FfmpegRunner(), worker, Lease, NullLogger.Instance), Lease, Poll, NullLogger.Instance);
        return new HelperWorker(async (key, token) =>
        {
            if (startWhen is not null)
            {
                await startWhen();
            }

            return await picker.RunAsync(key, token);
        });
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not come true within 30 s");
            await Task.Delay(50);
        }
    }

    private sealed class Reports(List<SegmentProgress> reports) : IProgress<SegmentProgress>
    {
        public void Report(SegmentProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
