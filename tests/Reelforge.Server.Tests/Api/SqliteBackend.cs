using Reelforge.Server.Tests.Support;

namespace Reelforge.Server.Tests.Api;

/// <summary>Tasks and the job store in SQLite files in each server's own data directory.</summary>
public sealed class SqliteBackend : ApiBackend
{
    public override Task<ApiHost> StartAsync(IDictionary<string, string?>? settings = null, bool runWorker = true) =>
        Task.FromResult(new ApiHost(new ReelforgeApiFactory(settings, runWorker: runWorker), null));
}
