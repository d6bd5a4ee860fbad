using Reelforge.Data;
using Reelforge.Jobs.Library;
using Reelforge.Media;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Library;

/// <summary>The same import and term-index search on PostgreSQL: its own migration, the same queries, the same answers.</summary>
public sealed class LibraryPostgresTests
{
    [Fact]
    public async Task ImportAndSearch_OnPostgres_FindTheSameItemsAndDuplicateAsOnSqlite()
    {
        RequiredTool.Require("ffprobe");
        await using var postgres = await PostgresDatabase.CreateAsync(nameof(LibraryPostgresTests));
        using var media = new TempDirectory();
        using var data = new TempDirectory();
        var paths = LibraryMedia.Create(media.Path);
        var database = new ReelforgeDatabase(new DatabaseOptions(data.Path, postgres.ConnectionString));
        await database.MigrateAsync(CancellationToken.None);
        var importer = new LibraryImporter(database, new FfmpegRunner());

        var first = await importer.ImportAsync(media.Path, CancellationToken.None);
        var second = await importer.ImportAsync(media.Path, CancellationToken.None);

        Assert.Equal((LibraryMedia.MediaFiles - 1, 1, 1), (first.Imported, first.Duplicates, first.Failures.Count));
        Assert.Equal((0, 0, LibraryMedia.MediaFiles - 1), (second.Imported, second.Updated, second.Skipped));
        var search = new LibrarySearch(database);
        var ocean = Assert.Single(await search.SearchAsync(["ocean waves"], kind: null, limit: 10, CancellationToken.None));
        Assert.Equal((paths.Ocean, 2), (ocean.Item.Path, ocean.MatchedTerms));
        var sunset = await search.SearchAsync(["sunset"], kind: null, limit: 10, CancellationToken.None);
        Assert.Equal([paths.Sunset], sunset.Select(h => h.Item.Path));
    }
}
