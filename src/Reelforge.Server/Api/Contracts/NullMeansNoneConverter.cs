using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// MPT sends <c>null</c> for "None" in some choices (<c>video_transition_mode: null</c> is no transition). An explicit
/// JSON null becomes "None"; a field left out stays null, so the specification's default applies.
/// </summary>
public sealed class NullMeansNoneConverter : JsonConverter<string?>
{
    public const string None = "None";

    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => None,
            JsonTokenType.String => reader.GetString(),
            _ => throw new JsonException($"Expected a string or null, not {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
