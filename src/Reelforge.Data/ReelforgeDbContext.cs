using Microsoft.EntityFrameworkCore;
using Reelforge.Data.Tasks;

namespace Reelforge.Data;

/// <summary>
/// The one model, on SQLite or PostgreSQL. Each provider has its own subclass only so that its migrations
/// (generated for its own SQL dialect) are found by type: <see cref="SqliteDbContext"/>, <see cref="PostgresDbContext"/>.
/// </summary>
public abstract class ReelforgeDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<VideoTask> Tasks => Set<VideoTask>();

    public DbSet<TaskStage> TaskStages => Set<TaskStage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Times are stored in UTC; SQLite gives them back without a kind, so they are read back as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<VideoTask>(task =>
        {
            task.ToTable("tasks");
            task.HasKey(t => t.Id);
            task.Property(t => t.Id).HasMaxLength(36);
            task.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
            task.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
            task.Property(t => t.Stage).HasMaxLength(16);
            task.Property(t => t.FailedStage).HasMaxLength(16);
            task.Property(t => t.WorkerId).HasMaxLength(200);
            task.Property(t => t.BatchId).HasMaxLength(36);
            task.Property(t => t.CallbackUrl).HasMaxLength(2000);
            task.Ignore(t => t.IsFinished);
            task.HasIndex(t => new { t.State, t.CreatedAt });
            task.HasIndex(t => t.CreatedAt);
            task.HasIndex(t => t.BatchId);
            task.HasMany(t => t.Stages).WithOne().HasForeignKey(s => s.TaskId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TaskStage>(stage =>
        {
            stage.ToTable("task_stages");
            stage.HasKey(s => new { s.TaskId, s.Stage });
            stage.Property(s => s.TaskId).HasMaxLength(36);
            stage.Property(s => s.Stage).HasMaxLength(16);
        });
    }
}
