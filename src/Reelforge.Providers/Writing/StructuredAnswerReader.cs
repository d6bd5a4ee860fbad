using System.Text.Json;
using System.Text.Json.Nodes;
using Reelforge.Core.Writing;

namespace Reelforge.Providers.Writing;

/// <summary>Reads the model's JSON answers leniently (aliases, bare arrays) into Reelforge values.</summary>
public static class StructuredAnswerReader
{
    /// <summary>Terms per scene index (entries missing or empty stay null); null when the shape is unrecognisable.</summary>
    public static IReadOnlyList<IReadOnlyList<string>?>? SceneTerms(JsonNode? root, int sceneCount)
    {
        var items = root switch
        {
            JsonArray array => array,
            JsonObject obj => (obj["scenes"] ?? obj["Scenes"]) as JsonArray,
            _ => null,
        };
        if (items is null || items.Count == 0)
        {
            return null;
        }

        var result = new IReadOnlyList<string>?[sceneCount];
        for (var position = 0; position < items.Count; position++)
        {
            var item = items[position];
            var index = position;
            JsonNode? termsNode = item;
            if (item is JsonObject scene)
            {
                if (scene["index"] is JsonValue iv && iv.TryGetValue<int>(out var explicitIndex) && explicitIndex >= 0 && explicitIndex < sceneCount)
                {
                    index = explicitIndex;
                }

                termsNode = scene["search_terms"] ?? scene["searchTerms"] ?? scene["terms"] ?? scene["keywords"];
            }

            if (index < sceneCount && termsNode is JsonArray terms)
            {
                var clean = CleanTerms(terms.Select(t => t is JsonValue v && v.TryGetValue<string>(out var s) ? s : null));
                result[index] = clean.Count > 0 ? clean : null;
            }
        }

        return result;
    }

    /// <summary>Metadata entries for the known platforms; null when the shape is unrecognisable.</summary>
    public static IReadOnlyList<SocialMetadata>? Metadata(JsonNode? root)
    {
        var items = root switch
        {
            JsonArray array => array,
            JsonObject obj => (obj["platforms"] ?? obj["metadata"]) as JsonArray,
            _ => null,
        };
        if (items is null)
        {
            return null;
        }

        var result = new List<SocialMetadata>();
        foreach (var item in items.OfType<JsonObject>())
        {
            var platform = Text(item["platform"])?.Trim().ToLowerInvariant().Replace(' ', '_');
            var title = Text(item["title"])?.Trim();
            if (platform is null || !SocialPlatforms.All.Contains(platform) || string.IsNullOrEmpty(title) || result.Any(m => m.Platform == platform))
            {
                continue;
            }

            var hashtags = (item["hashtags"] as JsonArray ?? [])
                .Select(Text)
                .Select(Hashtag)
                .Where(h => h is not null)
                .Select(h => h!)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            var limit = SocialPlatforms.TitleLimit(platform);
            result.Add(new SocialMetadata(platform, title.Length > limit ? title[..limit].TrimEnd() : title, Text(item["description"])?.Trim() ?? string.Empty, hashtags));
        }

        return result;
    }

    /// <summary>"#word" without spaces or punctuation, or null.</summary>
    public static string? Hashtag(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var body = new string(raw.Where(c => char.IsLetterOrDigit(c) || c == '_').ToArray());
        return body.Length == 0 ? null : "#" + body;
    }

    /// <summary>Trimmed, de-duplicated, at most four.</summary>
    public static IReadOnlyList<string> CleanTerms(IEnumerable<string?> terms) =>
        terms.Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => t!.Trim().Trim('#', '"', '.'))
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(4)
            .ToList();

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
