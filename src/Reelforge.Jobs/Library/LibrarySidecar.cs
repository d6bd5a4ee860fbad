using System.Text.Json;

namespace Reelforge.Jobs.Library;

/// <summary>
/// Tags and a title kept next to a file: <c>NAME.json</c> (<c>{"tags": [...], "title": "..."}</c>) or <c>NAME.txt</c>
/// (tags separated by commas or new lines), where NAME is the media file's name without its extension.
/// </summary>
public sealed record LibrarySidecar(IReadOnlyList<string> Tags, string? Title, string Path)
{
    private static readonly char[] TextSeparators = [',', '\n', '\r', ';'];

    /// <summary>The sidecar of <paramref name="mediaPath"/>, or null when it has none; throws when one is malformed.</summary>
    public static async Task<LibrarySidecar?> ReadAsync(string mediaPath, CancellationToken cancellationToken)
    {
        var stem = System.IO.Path.ChangeExtension(mediaPath, null);
        var json = stem + ".json";
        if (File.Exists(json))
        {
            await using var stream = File.OpenRead(json);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{json}: expected an object with \"tags\" and \"title\".");
            }

            var tags = root.TryGetProperty("tags", out var array) && array.ValueKind == JsonValueKind.Array
                ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
                : [];
            var title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            return new LibrarySidecar(tags, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), json);
        }

        var text = stem + ".txt";
        if (File.Exists(text))
        {
            var content = await File.ReadAllTextAsync(text, cancellationToken);
            var tags = content.Split(TextSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            return new LibrarySidecar(tags, null, text);
        }

        return null;
    }
}
