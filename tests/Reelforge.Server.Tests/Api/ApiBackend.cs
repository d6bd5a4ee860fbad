namespace Reelforge.Server.Tests.Api;

/// <summary>
/// Where the API's tasks are stored (SQLite in the data directory, or PostgreSQL): a class fixture holding one server
/// shared by the tests of a class that do not interfere, and starting private ones for those that need other settings.
/// </summary>
public abstract class ApiBackend : IAsyncLifetime
{
    private ApiHost? _shared;

    /// <summary>The class's shared server: defaults, worker running, one render at a time.</summary>
    public ApiHost Shared => _shared ?? throw new InvalidOperationException("The backend has not started.");

    /// <summary>A server of its own, with a store of its own, for a test that changes settings or needs an empty store.</summary>
    public abstract Task<ApiHost> StartAsync(IDictionary<string, string?>? settings = null, bool runWorker = true);

    public async Task InitializeAsync() => _shared = await StartAsync();

    public async Task DisposeAsync()
    {
        if (_shared is not null)
        {
            await _shared.DisposeAsync();
        }
    }
}
