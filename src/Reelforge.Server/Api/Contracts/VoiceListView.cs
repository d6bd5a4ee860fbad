using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>The <c>data</c> of <c>GET /api/v1/voices</c>: <c>{"voices": [...]}</c>.</summary>
public sealed record VoiceListView([property: JsonPropertyName("voices")] IReadOnlyList<VoiceView> Voices);
