using Reelforge.Data;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Segments;

/// <summary>Owner and helper on one SQLite file in a fresh data directory.</summary>
public sealed class SqliteDatabaseSegmentRunnerTests : DatabaseSegmentRunnerTests
{
    private readonly TempDirectory _data = new();

    protected override Task<DatabaseOptions> CreateDatabaseAsync() => Task.FromResult(new DatabaseOptions(_data.Path, null));

    protected override Task DropDatabaseAsync()
    {
        _data.Dispose();
        return Task.CompletedTask;
    }
}
