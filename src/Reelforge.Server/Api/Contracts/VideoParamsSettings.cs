using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reelforge.Core.Requests.Specification;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// A setting's value (from an MCP argument or a studio control) put into the REST body under the setting's REST field,
/// so MCP and the studio submit through exactly the REST mapping and its checks.
/// </summary>
public static class VideoParamsSettings
{
    private static readonly Dictionary<string, PropertyInfo> Fields = typeof(VideoParams).GetProperties()
        .Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null)
        .ToDictionary(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name, StringComparer.Ordinal);

    /// <summary><paramref name="body"/> with the setting <paramref name="key"/> set to <paramref name="value"/> (a JSON value or text).</summary>
    public static VideoParams With(VideoParams body, string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (value is null or JsonElement { ValueKind: JsonValueKind.Null })
        {
            return body;
        }

        var text = value is JsonElement { ValueKind: JsonValueKind.Array } list
            ? string.Join(",", list.EnumerateArray().Select(v => v.ToString()))
            : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        switch (key)
        {
            case "music":
                return text.Trim().ToLowerInvariant() switch
                {
                    "none" or "" => body with { BgmType = "", BgmFile = "" },
                    "random" => body with { BgmType = "random", BgmFile = "" },
                    _ => body with { BgmType = "custom", BgmFile = text.Trim() },
                };
            case "footage":
                return body with { VideoSource = text };
            case "background_color":
                return body with { TextBackgroundColor = new SubtitleBackground(true, text) };
        }

        var copy = body with { };
        var field = VideoRequestSpecification.Get(key).Rest;
        var property = Fields[field];
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        property.SetValue(copy, type == typeof(string) ? text : value is JsonElement json ? json.Deserialize(property.PropertyType, ApiJson.Options) : Parse(text, type, field));
        return copy;
    }

    /// <summary>The REST body's value of a setting as text, or null when the body leaves it to the default.</summary>
    public static string? Read(VideoParams body, string key) =>
        Value(body, key) is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    /// <summary>The REST body's value of a setting as its field holds it (a number, text, a flag), or null.</summary>
    public static object? Value(VideoParams body, string key)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Fields[VideoRequestSpecification.Get(key).Rest].GetValue(body);
    }

    /// <summary>Text as the field's type; text that is not one is refused naming the field, as the rules word it.</summary>
    private static object? Parse(string text, Type type, string field)
    {
        if (type == typeof(bool))
        {
            return bool.TryParse(text, out var flag) ? flag : throw new ApiValidationException(field, $"{field} must be true or false, not '{text}'.");
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            throw new ApiValidationException(field, $"{field} must be a number, not '{text}'.");
        }

        return type == typeof(int) ? (object)(int)number : number;
    }
}
