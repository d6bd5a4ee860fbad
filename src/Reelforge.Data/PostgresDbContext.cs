using Microsoft.EntityFrameworkCore;

namespace Reelforge.Data;

/// <summary>The model on PostgreSQL (scale-out), with its own migrations.</summary>
public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : ReelforgeDbContext(options);
