using Npgsql;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests;

public sealed class PostgresSupportTests
{
    [Fact]
    public async Task Database_IsUsableWhileOpen_AndGoneAfterDispose()
    {
        string name;
        await using (var database = await PostgresDatabase.CreateAsync(nameof(PostgresSupportTests)))
        {
            name = database.Name;
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var select = new NpgsqlCommand("select 1", connection);
            Assert.Equal(1, await select.ExecuteScalarAsync());
            Assert.Equal(name, connection.Database);
            Assert.True(await PostgresDatabase.ExistsAsync(name));
        }

        Assert.False(await PostgresDatabase.ExistsAsync(name));
    }

    [Fact]
    public async Task Databases_CreatedTogether_AreIndependent()
    {
        var databases = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostgresDatabase.CreateAsync("parallel")));
        try
        {
            Assert.Equal(3, databases.Select(d => d.Name).Distinct().Count());
        }
        finally
        {
            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }
    }

    [Fact]
    public void MissingVariable_FailsWithHowToRunTheTests()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PostgresDatabase.FromVariable(null));
        Assert.Contains("run them through ./test", error.Message);
    }
}
