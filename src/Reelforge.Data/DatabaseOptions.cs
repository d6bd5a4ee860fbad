namespace Reelforge.Data;

/// <summary>Which database: PostgreSQL when a connection string is configured, otherwise SQLite in the data directory.</summary>
/// <param name="DataDirectory">Where the SQLite file lives (and everything else the server keeps).</param>
/// <param name="PostgresConnectionString">ConnectionStrings:Reelforge, or null for SQLite.</param>
public sealed record DatabaseOptions(string DataDirectory, string? PostgresConnectionString)
{
    public bool IsPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    public string SqlitePath => Path.Combine(DataDirectory, "reelforge.db");

    public string SqliteConnectionString => $"Data Source={SqlitePath};Cache=Shared;Pooling=True";
}
