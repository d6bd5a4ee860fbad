using Microsoft.EntityFrameworkCore;

namespace Reelforge.Data;

/// <summary>The model on SQLite (the zero-configuration default), with its own migrations.</summary>
public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options) : ReelforgeDbContext(options);
