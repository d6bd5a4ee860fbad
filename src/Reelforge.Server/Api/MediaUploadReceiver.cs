using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Reelforge.Data.Storage;
using Reelforge.Media;
using Reelforge.Media.Probing;
using Reelforge.Server.Api.Contracts;
using Reelforge.Server.Hosting;

namespace Reelforge.Server.Api;

/// <summary>
/// Takes one multipart upload (field <c>file</c>) into a library: size and extension checked, written to a temporary
/// file in the data directory's cache, probed with ffprobe and its first seconds decoded, then moved in under a generated name. The client's file name
/// decides nothing but the (allow-listed) extension, so it can never name a path.
/// </summary>
internal sealed class MediaUploadReceiver(DataLayout layout, FfprobeClient probe, FfmpegRunner runner, IOptions<ServerOptions> options)
{
    public const string Field = "file";

    public long MaxBytes => options.Value.MaxUploadMegabytes * 1024L * 1024L;

    public async Task<Results<Ok<ApiEnvelope<MediaUploadView>>, UnprocessableEntity<ApiErrorEnvelope>, ApiError<Status413PayloadTooLarge>, ApiError<Status415UnsupportedMediaType>>> ReceiveAsync(HttpRequest request, MediaLibrary library, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return TooLarge();
        }

        if (!request.HasFormContentType)
        {
            return ApiResults.UnsupportedMediaType($"Send the file as multipart/form-data in the field '{Field}'.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            // The multipart body length limit (set from MaxUploadMegabytes on these routes).
            return TooLarge();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        if (form.Files.GetFile(Field) is not { } file)
        {
            return Invalid($"No file was sent: put it in the form field '{Field}'.");
        }

        if (file.Length > MaxBytes)
        {
            return TooLarge();
        }

        await using var content = file.OpenReadStream();
        var outcome = await StoreAsync(content, file.FileName, library, cancellationToken);
        return outcome.StoredName is { } stored ? ApiResults.Ok(new MediaUploadView(stored)) : Invalid(outcome.Error!);
    }

    /// <summary>
    /// Stores one file into a library (the REST upload and the studio's both come here): extension allow-listed,
    /// written under a generated name only once ffprobe and a short decode accept it. The error is a sentence.
    /// </summary>
    public async Task<MediaUploadOutcome> StoreAsync(Stream content, string? fileName, MediaLibrary library, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(library);
        var extension = Path.GetExtension(Path.GetFileName(fileName ?? string.Empty)).ToLowerInvariant();
        if (!library.Extensions.Contains(extension))
        {
            return MediaUploadOutcome.Refused($"A {library.Kind} file must end in one of {string.Join(", ", library.Extensions.Order(StringComparer.Ordinal))}.");
        }

        var uploads = Path.Combine(layout.Cache, "uploads");
        Directory.CreateDirectory(uploads);
        var id = Guid.NewGuid().ToString("N");
        var temporary = Path.Combine(uploads, $"{id}.upload{extension}");
        try
        {
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(target, cancellationToken);
            }

            if (!await IsUsableAsync(temporary, library, cancellationToken))
            {
                return MediaUploadOutcome.Refused($"The file is not usable {library.Kind}: ffprobe found no {library.Requirement} in it.");
            }

            var directory = library.Directory(layout);
            Directory.CreateDirectory(directory);
            var stored = id + extension;
            File.Move(temporary, Path.Combine(directory, stored), overwrite: false);
            return new MediaUploadOutcome(stored, null);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private async Task<bool> IsUsableAsync(string path, MediaLibrary library, CancellationToken cancellationToken)
    {
        try
        {
            if (!library.Accepts(await probe.ProbeAsync(path, cancellationToken)))
            {
                return false;
            }

            // ffprobe alone finds an "mp3 stream" in random bytes; decoding the start with -xerror does not.
            await runner.RunAsync(MediaTool.Ffmpeg, ["-v", "error", "-xerror", "-i", path, "-t", "2", "-f", "null", "-"], options: null, cancellationToken);
            return true;
        }
        catch (FfmpegException)
        {
            return false;
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private ApiError<Status413PayloadTooLarge> TooLarge() => ApiResults.PayloadTooLarge($"The file is larger than the {options.Value.MaxUploadMegabytes} MB this server accepts.");

    private static UnprocessableEntity<ApiErrorEnvelope> Invalid(string message) => ApiResults.Invalid(new ApiValidationException(Field, message));
}
