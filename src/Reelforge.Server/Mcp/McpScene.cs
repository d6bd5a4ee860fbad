using System.ComponentModel;
using System.Text.Json.Serialization;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Mcp;

/// <summary>One scene of <c>create_video</c>: its narration, and optionally its footage search terms, media and stock picks.</summary>
internal sealed record McpScene
{
    [JsonPropertyName("text"), Description("The scene's narration (one or a few sentences).")]
    public string? Text { get; init; }

    [JsonPropertyName("search_terms"), Description("Footage search terms for this scene, e.g. [\"lava flow\", \"volcano\"].")]
    public IReadOnlyList<string>? SearchTerms { get; init; }

    [JsonPropertyName("media"), Description("File names of uploaded materials (POST /api/v1/video_materials) to show in this scene first.")]
    public IReadOnlyList<string>? Media { get; init; }

    [JsonPropertyName("stock"), Description("Stock items picked from search_footage results (source, id, kind, download_url as it reported them; " +
        "title, page_url, author, license for credits), shown in this scene first after its media.")]
    public IReadOnlyList<StockPickParams>? Stock { get; init; }
}
