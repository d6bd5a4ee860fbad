using System.Text.Json;
using Microsoft.AspNetCore.Components.Forms;
using Reelforge.Data;
using Reelforge.Data.Storage;
using Reelforge.Jobs.Library;
using Reelforge.Media;
using Reelforge.Server.Api;
using Reelforge.Server.Studio.Settings;
using Reelforge.Server.Studio.Shared;

namespace Reelforge.Server.Studio;

/// <summary>
/// The Library page's operations: uploads go through the same checks as the REST upload; tags and the original name
/// are kept in the library's sidecar format (<c>NAME.json</c>) and footage is (re)imported into the searchable library.
/// </summary>
internal sealed class LibraryFiles(DataLayout layout, MediaUploadReceiver receiver, ReelforgeDatabase database, FfmpegRunner runner)
{
    private static readonly HashSet<string> ImageExtensions = new([".jpg", ".jpeg", ".png", ".webp"], StringComparer.OrdinalIgnoreCase);

    public async Task<IReadOnlyList<LibraryFile>> ListAsync(MediaLibrary library, CancellationToken cancellationToken)
    {
        var area = library == MediaLibrary.Music ? "musics" : "materials";
        var files = new List<LibraryFile>();
        foreach (var file in library.List(layout))
        {
            LibrarySidecar? sidecar = null;
            try
            {
                sidecar = await LibrarySidecar.ReadAsync(file.FullName, cancellationToken);
            }
            catch (Exception e) when (e is JsonException or InvalidDataException)
            {
                // A broken sidecar only loses the tags shown.
            }

            files.Add(new LibraryFile
            {
                Name = file.Name,
                Title = sidecar?.Title ?? file.Name,
                Bytes = file.Length,
                Url = $"/api/v1/stream/{area}/{Uri.EscapeDataString(file.Name)}",
                IsImage = ImageExtensions.Contains(file.Extension),
                Tags = string.Join(", ", sidecar?.Tags ?? []),
            });
        }

        return files;
    }

    public async Task<MediaUploadOutcome> UploadAsync(IBrowserFile file, MediaLibrary library, Action<long> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Size > receiver.MaxBytes)
        {
            return MediaUploadOutcome.Refused($"The file is larger than the {receiver.MaxBytes / 1024 / 1024} MB this server accepts.");
        }

        await using var content = new ProgressStream(file.OpenReadStream(receiver.MaxBytes, cancellationToken), progress);
        var outcome = await receiver.StoreAsync(content, file.Name, library, cancellationToken);
        if (outcome.StoredName is { } stored)
        {
            await WriteSidecarAsync(library, stored, Path.GetFileName(file.Name), VideoFormMapping.SplitTerms(Path.GetFileNameWithoutExtension(file.Name).Replace('_', ',').Replace('-', ',')), cancellationToken);
            await ImportAsync(library, cancellationToken);
        }

        return outcome;
    }

    public async Task SaveTagsAsync(MediaLibrary library, LibraryFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        await WriteSidecarAsync(library, file.Name, file.Title, VideoFormMapping.SplitTerms(file.Tags), cancellationToken);
        await ImportAsync(library, cancellationToken);
    }

    public void Delete(MediaLibrary library, LibraryFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (DataLayout.ResolveName(library.Directory(layout), file.Name) is not { } path)
        {
            return;
        }

        File.Delete(path);
        File.Delete(Path.ChangeExtension(path, ".json"));
    }

    private async Task WriteSidecarAsync(MediaLibrary library, string storedName, string title, IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        var path = DataLayout.ResolveName(library.Directory(layout), storedName) ?? throw new InvalidOperationException($"'{storedName}' is not in the library.");
        var json = JsonSerializer.Serialize(new { tags, title });
        await File.WriteAllTextAsync(Path.ChangeExtension(path, ".json"), json, cancellationToken);
    }

    /// <summary>Footage is recorded in the searchable library (terms from its tags) so <c>--footage library</c> finds it.</summary>
    private async Task ImportAsync(MediaLibrary library, CancellationToken cancellationToken)
    {
        if (library == MediaLibrary.Materials)
        {
            await new LibraryImporter(database, runner).ImportAsync(layout.Materials, cancellationToken);
        }
    }
}
