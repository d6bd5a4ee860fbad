using Microsoft.EntityFrameworkCore;
using Reelforge.Data.Library;
using Reelforge.Data.Segments;
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

    public DbSet<RenderSegment> RenderSegments => Set<RenderSegment>();

    public DbSet<LibraryItem> LibraryItems => Set<LibraryItem>();

    public DbSet<LibraryTerm> LibraryTerms => Set<LibraryTerm>();

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

            // Every transition bumps the version and writes only where it is still the one read (TaskStore.MoveAsync).
            task.Property(t => t.Version).IsConcurrencyToken();
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
        modelBuilder.Entity<RenderSegment>(segment =>
        {
            segment.ToTable("render_segments");
            segment.HasKey(s => new { s.TaskId, s.VideoNumber, s.BatchKey, s.Index });
            segment.Property(s => s.TaskId).HasMaxLength(36);
            segment.Property(s => s.BatchKey).HasMaxLength(200);
            segment.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
            segment.Property(s => s.WorkerId).HasMaxLength(200);
            segment.Property(s => s.Error).HasMaxLength(2000);
            segment.HasOne<VideoTask>().WithMany().HasForeignKey(s => s.TaskId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<LibraryItem>(item =>
        {
            item.ToTable("library_items");
            item.HasKey(i => i.Id);
            item.Property(i => i.Path).HasMaxLength(4096);
            item.HasIndex(i => i.Path).IsUnique();
            item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(8);
            item.Property(i => i.Codec).HasMaxLength(32);
            item.Property(i => i.ContentHash).HasMaxLength(64);
            item.HasIndex(i => i.ContentHash);
            item.Property(i => i.Title).HasMaxLength(500);
            item.HasIndex(i => i.DuplicateOfId);
            item.HasOne<LibraryItem>().WithMany().HasForeignKey(i => i.DuplicateOfId).OnDelete(DeleteBehavior.SetNull);
            item.HasMany(i => i.Terms).WithOne().HasForeignKey(t => t.ItemId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<LibraryTerm>(term =>
        {
            term.ToTable("library_terms");
            term.HasKey(t => new { t.ItemId, t.Term });
            term.Property(t => t.Term).HasMaxLength(64);
            term.HasIndex(t => t.Term);
        });
    }
}
