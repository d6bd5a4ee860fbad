using System.Text.Json;
using Reelforge.Core.Requests.Specification;

namespace Reelforge.Server.Mcp;

/// <summary>
/// Checks a tool call's arguments against the tool's own input schema (types, required arguments, enums) before the
/// tool runs, so a wrong type comes back naming the argument instead of as a failed deserialisation.
/// </summary>
public static class McpArgumentSchema
{
    /// <summary>The first problem found, as one sentence naming the argument; null when the arguments fit.</summary>
    public static string? Check(JsonElement schema, IDictionary<string, JsonElement>? arguments)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()).OfType<string>())
            {
                if (arguments is null || !arguments.TryGetValue(name, out var given) || given.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
                {
                    return $"{name} is required.";
                }
            }
        }

        foreach (var (name, value) in arguments ?? new Dictionary<string, JsonElement>())
        {
            if (properties.TryGetProperty(name, out var property) && CheckValue(property, value, name) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? CheckValue(JsonElement schema, JsonElement value, string path)
    {
        var types = Types(schema);
        if (types.Count > 0 && !types.Any(t => Fits(t, value)))
        {
            var shown = value.GetRawText();
            shown = shown.Length > 40 ? shown[..40] + "…" : shown;
            return $"{path} must be {string.Join(" or ", types.Where(t => t != "null").Select(Article))}, not {shown}.";
        }

        // Worded and matched as the request specification's rule (any case), so every face refuses a value alike.
        if (schema.TryGetProperty("enum", out var allowed) && allowed.ValueKind == JsonValueKind.Array && value.ValueKind == JsonValueKind.String
            && !allowed.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.String && string.Equals(a.GetString(), value.GetString()?.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return $"{path} must be {SettingRules.Alternatives([.. allowed.EnumerateArray().Select(a => a.ToString())])}, not '{value.GetString()}'.";
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (CheckValue(items, item, $"{path}[{index++}]") is { } problem)
                {
                    return problem;
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in value.EnumerateObject())
            {
                if (properties.TryGetProperty(member.Name, out var property) && CheckValue(property, member.Value, $"{path}.{member.Name}") is { } problem)
                {
                    return problem;
                }
            }
        }

        return null;
    }

    private static List<string> Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.String ? [type.GetString()!]
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).OfType<string>().ToList()
        : [];

    private static bool Fits(string type, JsonElement value) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };

    private static string Article(string type) => type switch
    {
        "integer" => "an integer",
        "array" => "an array",
        "object" => "an object",
        "boolean" => "true or false",
        _ => $"a {type}",
    };
}
