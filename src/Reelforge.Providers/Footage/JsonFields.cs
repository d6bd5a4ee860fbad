using System.Text.Json;

namespace Reelforge.Providers.Footage;

/// <summary>Lenient reads of provider JSON: missing or null fields become null/0 instead of exceptions.</summary>
internal static class JsonFields
{
    public static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static int Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : 0;

    public static double? Double(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    public static Uri? Uri(JsonElement element, string name) =>
        String(element, name) is { Length: > 0 } text && System.Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null;
}
