using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// Reads MoneyPrinterTurbo's <c>video_terms</c>, which is either a list of strings or one string of terms separated by
/// commas (ASCII or full-width, as MPT splits it); writes a list.
/// </summary>
public sealed class SearchTermsConverter : JsonConverter<IReadOnlyList<string>>
{
    private static readonly char[] Separators = [',', '，'];

    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return Split(reader.GetString()!);
            case JsonTokenType.StartArray:
                var terms = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw new JsonException("video_terms must be a string or a list of strings.");
                    }

                    terms.Add(reader.GetString()!.Trim());
                }

                return terms;
            default:
                throw new JsonException("video_terms must be a string or a list of strings.");
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var term in value)
        {
            writer.WriteStringValue(term);
        }

        writer.WriteEndArray();
    }

    private static List<string> Split(string text) =>
        [.. text.Split(Separators, StringSplitOptions.TrimEntries)];
}
