using Reelforge.Core;
using Reelforge.Core.Footage;
using Reelforge.Data.Library;
using Reelforge.Jobs.Library;
using Reelforge.Providers.Footage;

namespace Reelforge.Server.Tests.Library;

/// <summary><c>library import</c> on real media: metadata, tags, near-duplicates, keyword search, and the footage source.</summary>
public sealed class LibraryImportTests(ImportedLibrary library) : IClassFixture<ImportedLibrary>
{
    [Fact]
    public void Import_MixedFolder_CountsEveryReadableFileAndReportsTheUnreadableOne()
    {
        var report = library.Report;
        Assert.Equal(LibraryMedia.MediaFiles - 1, report.Imported);
        Assert.Equal(0, report.Updated);
        Assert.Equal(0, report.Skipped);
        Assert.Equal(1, report.Duplicates);
        var failure = Assert.Single(report.Failures);
        Assert.Equal(library.Paths.Broken, failure.Path);
        Assert.False(string.IsNullOrWhiteSpace(failure.Reason));
    }

    [Fact]
    public async Task Import_VideoAndImage_RecordProbeMetadataAndContentHash()
    {
        var ocean = await library.ItemAsync(library.Paths.Ocean);
        Assert.Equal(LibraryItemKind.Video, ocean.Kind);
        Assert.Equal((320, 180), (ocean.Width, ocean.Height));
        Assert.InRange(ocean.DurationSeconds!.Value, 1.9, 2.1);
        Assert.Equal("h264", ocean.Codec);
        Assert.Equal(new FileInfo(library.Paths.Ocean).Length, ocean.SizeBytes);
        Assert.Equal(await ContentHash.OfFileAsync(library.Paths.Ocean, CancellationToken.None), ocean.ContentHash);

        var sunset = await library.ItemAsync(library.Paths.Sunset);
        Assert.Equal(LibraryItemKind.Image, sunset.Kind);
        Assert.Equal((640, 360), (sunset.Width, sunset.Height));
        Assert.Null(sunset.DurationSeconds);
        Assert.Equal("png", sunset.Codec);
    }

    [Fact]
    public async Task Import_Tags_ComeFromFileNameFolderNamesAndSidecars()
    {
        var ocean = Terms(await library.ItemAsync(library.Paths.Ocean));
        Assert.Equal(["clip", "nature", "ocean", "wave"], ocean);

        var traffic = await library.ItemAsync(library.Paths.Traffic);
        Assert.Equal(["city", "downtown", "light", "night", "skyline", "traffic"], Terms(traffic));
        Assert.Equal("City traffic at night", traffic.Title);

        var mountain = Terms(await library.ItemAsync(library.Paths.Mountain));
        Assert.Equal(["alp", "glacier", "mountain", "peak", "snow"], mountain);

        var sunset = Terms(await library.ItemAsync(library.Paths.Sunset));
        Assert.Equal(["beach", "still", "sunset", "trip"], sunset);
    }

    [Fact]
    public async Task Import_ResizedJpegCopy_IsRecordedAsNearDuplicateOfTheOriginal()
    {
        var original = await library.ItemAsync(library.Paths.Sunset);
        var copy = await library.ItemAsync(library.Paths.SunsetCopy);
        Assert.Equal(original.Id, copy.DuplicateOfId);
        Assert.NotEqual(original.ContentHash, copy.ContentHash);
        foreach (var other in new[] { library.Paths.Sunset, library.Paths.Ocean, library.Paths.Traffic, library.Paths.Mountain })
        {
            Assert.Null((await library.ItemAsync(other)).DuplicateOfId);
        }
    }

    [Fact]
    public async Task Search_OceanWaves_FindsTheOceanClipNotTheCityOne()
    {
        var hits = await new LibrarySearch(library.Database).SearchAsync(["ocean waves"], kind: null, limit: 10, CancellationToken.None);
        var hit = Assert.Single(hits);
        Assert.Equal(library.Paths.Ocean, hit.Item.Path);
        Assert.Equal(2, hit.MatchedTerms);
    }

    [Fact]
    public async Task Search_RanksItemsByHowManyTermsTheyCarry()
    {
        var hits = await new LibrarySearch(library.Database).SearchAsync(["city", "night", "ocean"], kind: null, limit: 10, CancellationToken.None);
        Assert.Equal([library.Paths.Traffic, library.Paths.Ocean], hits.Select(h => h.Item.Path));
        Assert.Equal([2, 1], hits.Select(h => h.MatchedTerms));
    }

    [Fact]
    public async Task Search_SunsetBeach_LeavesOutTheNearDuplicate()
    {
        var hits = await new LibrarySearch(library.Database).SearchAsync(["sunset", "beach"], kind: null, limit: 10, CancellationToken.None);
        Assert.Equal([library.Paths.Sunset], hits.Select(h => h.Item.Path));
    }

    [Fact]
    public async Task Search_WithKind_ReturnsOnlyThatKind()
    {
        var search = new LibrarySearch(library.Database);
        var images = await search.SearchAsync(["beach", "ocean", "mountain"], LibraryItemKind.Image, limit: 10, CancellationToken.None);
        Assert.Equal(new[] { library.Paths.Sunset, library.Paths.Mountain }.Order(StringComparer.Ordinal), images.Select(h => h.Item.Path).Order(StringComparer.Ordinal));
        var videos = await search.SearchAsync(["beach", "ocean", "mountain"], LibraryItemKind.Video, limit: 10, CancellationToken.None);
        Assert.Equal([library.Paths.Ocean], videos.Select(h => h.Item.Path));
    }

    [Fact]
    public async Task FootageSource_AnswersASceneQueryWithLibraryFootage()
    {
        var source = new LibraryFootageSource(new DatabaseMediaLibrary(library.Database));
        var found = await source.FindAsync(new FootageQuery(0, ["ocean waves", "sea"], 2, Portrait: true), CancellationToken.None);
        var item = Assert.Single(found);
        Assert.Equal(("library", FootageKind.Video, library.Paths.Ocean), (item.Source, item.Kind, item.Path));
        Assert.Equal((320, 180), (item.Width, item.Height));
        Assert.Contains("wave", item.TagList);
    }

    private static List<string> Terms(LibraryItem item) => item.Terms.Select(t => t.Term).Order(StringComparer.Ordinal).ToList();
}
