using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Api;

/// <summary>Tasks and the clustered job store in PostgreSQL: a fresh database for each server.</summary>
public sealed class PostgresBackend : ApiBackend
{
    public override async Task<ApiHost> StartAsync(IDictionary<string, string?>? settings = null, bool runWorker = true)
    {
        var database = await PostgresDatabase.CreateAsync("api");
        return new ApiHost(new ReelforgeApiFactory(settings, database.ConnectionString, runWorker), database);
    }
}
