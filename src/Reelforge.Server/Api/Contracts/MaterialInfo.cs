using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>One entry of MPT's <c>video_materials</c>; with <c>video_source</c> "local", <c>url</c> names an uploaded material.</summary>
public sealed record MaterialInfo
{
    [JsonPropertyName("provider")]
    public string? Provider { get; init; } = "pexels";

    [JsonPropertyName("url")]
    public string? Url { get; init; } = "";

    [JsonPropertyName("duration")]
    public double? Duration { get; init; }
}
