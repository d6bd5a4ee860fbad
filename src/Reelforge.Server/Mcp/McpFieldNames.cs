using System.Text.RegularExpressions;

namespace Reelforge.Server.Mcp;

/// <summary>
/// The REST API's field names as the MCP tools spell their arguments, so an error from the shared validation names
/// the argument the agent actually sent.
/// </summary>
internal static partial class McpFieldNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["video_subject"] = "topic",
        ["video_script"] = "script",
        ["video_terms"] = "search_terms",
        ["video_aspect"] = "aspect",
        ["video_language"] = "language",
        ["voice_name"] = "voice",
        ["voice_volume"] = "voice_volume",
        ["bgm_type"] = "music",
        ["bgm_file"] = "music",
        ["bgm_volume"] = "music_volume",
        ["subtitle_position"] = "caption_position",
        ["video_transition_mode"] = "transition",
        ["video_source"] = "footage",
        ["video_concat_mode"] = "order",
        ["video_clip_duration"] = "clip_max",
        ["paragraph_number"] = "paragraphs",
        ["video_materials"] = "scenes",
    };

    /// <summary>The MCP spelling of a REST field (list indexes kept: <c>scenes[1].text</c>).</summary>
    public static string Of(string field) => RestName().Replace(field, m => Names.GetValueOrDefault(m.Value, m.Value));

    /// <summary>A REST validation message with every REST field name in it spelt the MCP way.</summary>
    public static string InMessage(string message) => RestName().Replace(message, m => Names.GetValueOrDefault(m.Value, m.Value));

    [GeneratedRegex(@"\b[a-z]+(?:_[a-z]+)+\b")]
    private static partial Regex RestName();
}
