using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>Reads and writes <see cref="SubtitleBackground"/> as MPT's <c>bool | str</c>.</summary>
public sealed class SubtitleBackgroundConverter : JsonConverter<SubtitleBackground>
{
    public override SubtitleBackground? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.True => SubtitleBackground.Default,
            JsonTokenType.False => SubtitleBackground.Off,
            JsonTokenType.Null => null,
            JsonTokenType.String => new SubtitleBackground(true, reader.GetString()),
            _ => throw new JsonException("text_background_color must be true, false or a colour."),
        };

    public override void Write(Utf8JsonWriter writer, SubtitleBackground value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Color is null)
        {
            writer.WriteBooleanValue(value.Enabled);
        }
        else
        {
            writer.WriteStringValue(value.Color);
        }
    }
}
