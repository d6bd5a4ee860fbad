using Reelforge.Data;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Tasks;

/// <summary>Two nodes on one SQLite file in a fresh data directory.</summary>
public sealed class SqliteTaskMoveTests : TaskMoveTests, IDisposable
{
    private readonly TempDirectory _data = new();

    protected override Task<DatabaseOptions> CreateDatabaseAsync() => Task.FromResult(new DatabaseOptions(_data.Path, null));

    protected override Task DropDatabaseAsync() => Task.CompletedTask;

    public void Dispose() => _data.Dispose();
}
