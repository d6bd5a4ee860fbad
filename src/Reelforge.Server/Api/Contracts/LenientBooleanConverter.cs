using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// A boolean that may arrive as <c>true</c>, <c>"true"</c>, <c>"1"</c> or <c>1</c>: MPT's own subtitle request types
/// <c>subtitle_enabled</c> as the string <c>"true"</c>, and pydantic accepts all of these.
/// </summary>
public sealed class LenientBooleanConverter : JsonConverter<bool?>
{
    public override bool HandleNull => true;

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Number when reader.TryGetInt32(out var number) && number is 0 or 1 => number == 1,
            JsonTokenType.String => Parse(reader.GetString()),
            _ => throw new JsonException("Expected a boolean."),
        };

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } flag)
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static bool? Parse(string? text) =>
        text?.Trim().ToUpperInvariant() switch
        {
            "TRUE" or "1" or "YES" or "ON" => true,
            "FALSE" or "0" or "NO" or "OFF" => false,
            _ => throw new JsonException($"'{text}' is not a boolean."),
        };
}
