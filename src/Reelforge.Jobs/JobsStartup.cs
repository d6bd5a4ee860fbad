using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reelforge.Data;
using Reelforge.Data.Storage;
using Reelforge.Jobs.Tasks;

namespace Reelforge.Jobs;

/// <summary>
/// Before the scheduler starts: the data directories exist, the database schema is migrated; once it runs, any
/// unfinished task without a job is queued again.
/// </summary>
internal sealed partial class JobsStartup(ReelforgeDatabase database, DataLayout layout, TaskDispatcher dispatcher, ILogger<JobsStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var directory in new[] { layout.Root, layout.Tasks, layout.Musics, layout.Materials, layout.Cache })
        {
            Directory.CreateDirectory(directory);
        }

        await database.MigrateAsync(cancellationToken);
        LogReady(logger, database.Options.IsPostgres ? "PostgreSQL" : database.Options.SqlitePath, layout.Root);
        var requeued = await dispatcher.RequeueOrphansAsync(cancellationToken);
        if (requeued > 0)
        {
            LogRequeued(logger, requeued);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready ({Database}); data directory {Root}")]
    private static partial void LogReady(ILogger logger, string database, string root);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} unfinished task(s) again")]
    private static partial void LogRequeued(ILogger logger, int count);
}
