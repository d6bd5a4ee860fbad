using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Reelforge.Data;

/// <summary>Makes contexts for the configured provider and applies that provider's migrations.</summary>
public sealed class ReelforgeDatabase(DatabaseOptions options)
{
    public DatabaseOptions Options => options;

    public ReelforgeDbContext CreateContext()
    {
        if (options.IsPostgres)
        {
            var builder = new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(options.PostgresConnectionString);
            return new PostgresDbContext(builder.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(options.SqliteConnectionString);
        return new SqliteDbContext(sqlite.Options);
    }

    /// <summary>Creates the database when missing and brings its schema up to date.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (!options.IsPostgres)
        {
            Directory.CreateDirectory(options.DataDirectory);
            await EnableWriteAheadLogAsync(cancellationToken);
        }

        await using var context = CreateContext();
        await context.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Readers do not block the writer (progress updates arrive while the API reads).</summary>
    private async Task EnableWriteAheadLogAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(options.SqliteConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
