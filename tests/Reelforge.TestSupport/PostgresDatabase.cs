using Npgsql;

namespace Reelforge.TestSupport;

/// <summary>
/// A fresh, uniquely named database on the test suite's private PostgreSQL server (started by ./test), dropped when
/// disposed. One per test class lets classes run in parallel without seeing each other's rows.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    /// <summary>The environment variable ./test sets to the server's Npgsql connection string.</summary>
    public const string Variable = "REELFORGE_TEST_POSTGRES";

    public const string NotRunningMessage =
        "PostgreSQL is not running for the tests: run them through ./test (it installs postgresql through apt and starts a private server on loopback)";

    private PostgresDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The database's name, e.g. <c>rf_jobstoretests_3f9c0a1b2c4d</c>.</summary>
    public string Name { get; }

    /// <summary>An Npgsql connection string to this database.</summary>
    public string ConnectionString { get; }

    /// <summary>The connection string of the server's own database (for creating, dropping and inspecting databases).</summary>
    public static string ServerConnectionString => FromVariable(Environment.GetEnvironmentVariable(Variable));

    /// <summary>The connection string in <paramref name="value"/>; throws (failing the test, never skipping it) when there is none.</summary>
    public static string FromVariable(string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException(NotRunningMessage) : value;

    /// <summary>Creates an empty database; <paramref name="label"/> (e.g. the test class) makes leftovers easy to trace.</summary>
    public static async Task<PostgresDatabase> CreateAsync(string label = "test", CancellationToken cancellationToken = default)
    {
        var server = ServerConnectionString;
        var name = UniqueName(label);
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new PostgresDatabase(name, builder.ConnectionString);
    }

    /// <summary>Whether a database named <paramref name="name"/> exists on the test server.</summary>
    public static async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        query.Parameters.AddWithValue("name", name);
        return (long)(await query.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    public async ValueTask DisposeAsync()
    {
        // pooled idle connections would keep the database in use; FORCE ends any the test left open
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    // lowercase letters, digits and '_' only, so the name never needs escaping; well under PostgreSQL's 63 bytes
    private static string UniqueName(string label)
    {
        var clean = new string([.. label.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')]);
        var head = clean.Length > 24 ? clean[..24] : clean;
        return $"rf_{head}_{Guid.NewGuid().ToString("N")[..16]}";
    }
}
