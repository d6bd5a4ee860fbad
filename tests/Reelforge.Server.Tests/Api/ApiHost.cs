using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Api;

/// <summary>One in-process server (<see cref="ReelforgeApiFactory"/>) with the PostgreSQL database it owns, if any.</summary>
public sealed class ApiHost : IAsyncDisposable
{
    private readonly PostgresDatabase? _database;

    public ApiHost(ReelforgeApiFactory factory, PostgresDatabase? database)
    {
        Factory = factory;
        _database = database;
        Client = factory.CreateClient();
    }

    public ReelforgeApiFactory Factory { get; }

    /// <summary>A client of the server (no API key).</summary>
    public HttpClient Client { get; }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
