using System.Text.Json;

namespace Reelforge.Providers.Writing;

/// <summary>JSON schemas the model's structured answers must follow.</summary>
public static class WritingSchemas
{
    public static JsonElement SceneTerms { get; } = Parse("""
        {
          "type": "object",
          "properties": {
            "scenes": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "index": { "type": "integer" },
                  "search_terms": { "type": "array", "items": { "type": "string" }, "minItems": 2, "maxItems": 4 }
                },
                "required": ["index", "search_terms"],
                "additionalProperties": false
              }
            }
          },
          "required": ["scenes"],
          "additionalProperties": false
        }
        """);

    public static JsonElement SocialMetadata { get; } = Parse("""
        {
          "type": "object",
          "properties": {
            "platforms": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "platform": { "type": "string", "enum": ["youtube_shorts", "tiktok", "instagram_reels"] },
                  "title": { "type": "string" },
                  "description": { "type": "string" },
                  "hashtags": { "type": "array", "items": { "type": "string" } }
                },
                "required": ["platform", "title", "description", "hashtags"],
                "additionalProperties": false
              }
            }
          },
          "required": ["platforms"],
          "additionalProperties": false
        }
        """);

    private static JsonElement Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }
}
