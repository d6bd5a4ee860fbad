using System.Text.Json.Nodes;

namespace Reelforge.Core.Requests.Specification;

/// <summary>A setting as JSON Schema (type, description, minimum, maximum, default, enum), for OpenAPI and MCP alike.</summary>
public static class SettingJsonSchema
{
    /// <summary>The schema of <paramref name="setting"/>; <paramref name="choices"/> replaces its words where a face spells them its own way.</summary>
    public static JsonObject For(RequestSetting setting, IReadOnlyList<string>? choices = null)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var schema = new JsonObject { ["description"] = setting.Describe() };
        var words = choices ?? setting.Choices;
        switch (setting.Kind)
        {
            case SettingKind.Number:
            case SettingKind.WholeNumber:
                schema["type"] = setting.Kind == SettingKind.Number ? "number" : "integer";
                schema["minimum"] = setting.Minimum;
                schema["maximum"] = setting.Maximum;
                break;
            case SettingKind.Flag:
                schema["type"] = "boolean";
                break;
            case SettingKind.List:
                schema["type"] = new JsonArray("array", "string");
                schema["items"] = words is null
                    ? new JsonObject { ["type"] = "string" }
                    : new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. words.Select(w => JsonValue.Create(w))]) };
                break;
            default:
                schema["type"] = "string";
                if (setting.Kind == SettingKind.Choice && words is not null)
                {
                    schema["enum"] = new JsonArray([.. words.Select(w => JsonValue.Create(w))]);
                }
                else if (setting.Kind == SettingKind.Text)
                {
                    schema["maxLength"] = setting.MaxLength;
                }

                break;
        }

        schema["default"] = setting.Default switch
        {
            null => null,
            bool flag => JsonValue.Create(flag),
            double number => JsonValue.Create(number),
            int number => JsonValue.Create(number),
            var text => JsonValue.Create(text.ToString()),
        };
        if (setting.Default is null)
        {
            schema.Remove("default");
        }

        return schema;
    }
}
