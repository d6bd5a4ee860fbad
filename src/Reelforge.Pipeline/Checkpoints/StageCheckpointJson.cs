using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reelforge.Pipeline.Checkpoints;

/// <summary>The one JSON shape stage results are checkpointed in.</summary>
public static class StageCheckpointJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"The checkpoint of a {typeof(T).Name} is empty.");
}
