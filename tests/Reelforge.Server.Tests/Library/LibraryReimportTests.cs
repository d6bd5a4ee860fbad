using Reelforge.Data;
using Reelforge.Jobs.Library;
using Reelforge.Media;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Library;

/// <summary>Importing the same directory again: unchanged files are skipped, changed ones (or their sidecars) updated.</summary>
public sealed class LibraryReimportTests
{
    [Fact]
    public async Task Import_Again_SkipsEveryUnchangedFileAndChangesNothing()
    {
        using var media = new TempDirectory();
        using var data = new TempDirectory();
        LibraryMedia.Create(media.Path);
        var importer = await CreateImporterAsync(data.Path);
        var first = await importer.ImportAsync(media.Path, CancellationToken.None);

        var second = await importer.ImportAsync(media.Path, CancellationToken.None);

        Assert.Equal((first.Imported, 0, 0, 1), (first.Imported, first.Updated, first.Skipped, first.Duplicates));
        Assert.Equal((0, 0, first.Imported, 0), (second.Imported, second.Updated, second.Skipped, second.Duplicates));
    }

    [Fact]
    public async Task Import_AfterAFileAndASidecarChanged_UpdatesOnlyThoseTwo()
    {
        using var media = new TempDirectory();
        using var data = new TempDirectory();
        var paths = LibraryMedia.Create(media.Path);
        var database = new ReelforgeDatabase(new DatabaseOptions(data.Path, null));
        var importer = await CreateImporterAsync(data.Path);
        await importer.ImportAsync(media.Path, CancellationToken.None);

        // A different clip under the same name, and a new tag in the city clip's sidecar.
        MediaFixtures.Video(Path.GetDirectoryName(paths.Ocean)!, Path.GetFileName(paths.Ocean), 480, 270, 2, source: "life");
        File.WriteAllText(Path.ChangeExtension(paths.Traffic, ".json"), """{"tags": ["rush hour"], "title": "Rush hour"}""");
        var again = await importer.ImportAsync(media.Path, CancellationToken.None);

        Assert.Equal((0, 2, LibraryMedia.MediaFiles - 3), (again.Imported, again.Updated, again.Skipped));
        var search = new LibrarySearch(database);
        var rush = await search.SearchAsync(["rush"], kind: null, limit: 5, CancellationToken.None);
        Assert.Equal([paths.Traffic], rush.Select(h => h.Item.Path));
        Assert.Empty(await search.SearchAsync(["skyline"], kind: null, limit: 5, CancellationToken.None));
        var ocean = Assert.Single(await search.SearchAsync(["ocean"], kind: null, limit: 5, CancellationToken.None));
        Assert.Equal((480, 270), (ocean.Item.Width, ocean.Item.Height));
    }

    private static async Task<LibraryImporter> CreateImporterAsync(string dataDirectory)
    {
        RequiredTool.Require("ffprobe");
        var database = new ReelforgeDatabase(new DatabaseOptions(dataDirectory, null));
        await database.MigrateAsync(CancellationToken.None);
        return new LibraryImporter(database, new FfmpegRunner());
    }
}
