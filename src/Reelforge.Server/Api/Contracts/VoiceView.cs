using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>An installed voice as <c>GET /api/v1/voices</c> and the MCP tool <c>list_voices</c> show it.</summary>
public sealed record VoiceView(
    [property: JsonPropertyName("voice")] string Voice,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("engine")] string Engine,
    [property: JsonPropertyName("languages")] IReadOnlyList<string> Languages,
    [property: JsonPropertyName("gender")] string? Gender);
