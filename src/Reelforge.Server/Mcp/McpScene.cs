using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Reelforge.Server.Mcp;

/// <summary>One scene of <c>create_video</c>: its narration, and optionally its footage search terms and media.</summary>
internal sealed record McpScene
{
    [JsonPropertyName("text"), Description("The scene's narration (one or a few sentences).")]
    public string? Text { get; init; }

    [JsonPropertyName("search_terms"), Description("Footage search terms for this scene, e.g. [\"lava flow\", \"volcano\"].")]
    public IReadOnlyList<string>? SearchTerms { get; init; }

    [JsonPropertyName("media"), Description("File names of uploaded materials (POST /api/v1/video_materials) to show in this scene first.")]
    public IReadOnlyList<string>? Media { get; init; }
}
