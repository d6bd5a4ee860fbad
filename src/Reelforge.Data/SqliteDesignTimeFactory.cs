using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Reelforge.Data;

/// <summary>For <c>dotnet ef migrations add X --context SqliteDbContext --output-dir Migrations/Sqlite</c>.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDbContext>
{
    public SqliteDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite("Data Source=design.db").Options);
}
