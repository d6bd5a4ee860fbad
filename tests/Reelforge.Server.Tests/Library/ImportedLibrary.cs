using Microsoft.EntityFrameworkCore;
using Reelforge.Data;
using Reelforge.Data.Library;
using Reelforge.Jobs.Library;
using Reelforge.Media;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Library;

/// <summary>The library media imported once into SQLite in a temp data directory, shared by the tests that only read it.</summary>
public sealed class ImportedLibrary : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _media = new();
    private readonly TempDirectory _data = new();

    public LibraryPaths Paths { get; private set; } = null!;

    public ReelforgeDatabase Database { get; private set; } = null!;

    public LibraryImportReport Report { get; private set; } = null!;

    public string MediaRoot => _media.Path;

    public string DataDirectory => _data.Path;

    public async Task InitializeAsync()
    {
        RequiredTool.Require("ffmpeg");
        RequiredTool.Require("ffprobe");
        Paths = LibraryMedia.Create(_media.Path);
        Database = new ReelforgeDatabase(new DatabaseOptions(_data.Path, null));
        await Database.MigrateAsync(CancellationToken.None);
        Report = await new LibraryImporter(Database, new FfmpegRunner()).ImportAsync(_media.Path, CancellationToken.None);
    }

    public async Task<LibraryItem> ItemAsync(string path)
    {
        await using var context = Database.CreateContext();
        return await context.LibraryItems.AsNoTracking().Include(i => i.Terms).SingleAsync(i => i.Path == path);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _media.Dispose();
        _data.Dispose();
    }
}
