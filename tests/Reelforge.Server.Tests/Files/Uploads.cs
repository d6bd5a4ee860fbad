using System.Net.Http.Headers;

namespace Reelforge.Server.Tests.Files;

/// <summary>Multipart bodies as a browser or curl sends them, with any file name (including hostile ones).</summary>
internal static class Uploads
{
    public static MultipartFormDataContent Form(byte[] bytes, string fileName, string field = "file", string contentType = "application/octet-stream")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);

        // Set the disposition by hand so the file name goes out exactly as given, "../" and all.
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{field}\"", FileName = $"\"{fileName}\"" };
        return new MultipartFormDataContent { file };
    }
}
