using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reelforge.Core.Requests;

/// <summary>Reads the user's content: a plain script (blank lines separate scenes) or a JSON list of scenes.</summary>
public static partial class ScriptParser
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Scenes of a plain-text script; lines inside a scene are joined with spaces.</summary>
    public static IReadOnlyList<SceneSpec> ParseScript(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var normalized = script.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return BlankLines().Split(normalized)
            .Select(block => string.Join(' ', block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .Where(text => text.Length > 0)
            .Select(text => new SceneSpec(text))
            .ToList();
    }

    /// <summary>Scenes from JSON: <c>[{"text": "...", "search_terms": ["..."], "media": ["path"]}]</c> (or <c>{"scenes": [...]}</c>).</summary>
    /// <exception cref="FormatException">The JSON is malformed or a scene has no text; the message names the scene.</exception>
    public static IReadOnlyList<SceneSpec> ParseScenesJson(string json)
    {
        List<SceneSpec?>? scenes;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("scenes", out var inner))
            {
                root = inner;
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("The scenes file must hold a JSON list of scenes, each with a \"text\".");
            }

            scenes = root.Deserialize<List<SceneSpec?>>(Json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"The scenes file is not valid JSON: {e.Message}", e);
        }

        var result = new List<SceneSpec>();
        for (var i = 0; i < (scenes?.Count ?? 0); i++)
        {
            var scene = scenes![i];
            if (scene is null || string.IsNullOrWhiteSpace(scene.Text))
            {
                throw new FormatException($"Scene {i + 1} in the scenes file has no \"text\".");
            }

            result.Add(scene with
            {
                Text = scene.Text.Trim(),
                SearchTerms = scene.SearchTerms?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList(),
            });
        }

        return result;
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();
}
