using Reelforge.Data;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Segments;

/// <summary>Owner and helper on one PostgreSQL database (a fresh one per test on the suite's private server).</summary>
public sealed class PostgresDatabaseSegmentRunnerTests : DatabaseSegmentRunnerTests
{
    private PostgresDatabase? _database;

    protected override async Task<DatabaseOptions> CreateDatabaseAsync()
    {
        _database = await PostgresDatabase.CreateAsync(nameof(PostgresDatabaseSegmentRunnerTests));
        return new DatabaseOptions(Path.GetTempPath(), _database.ConnectionString);
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
