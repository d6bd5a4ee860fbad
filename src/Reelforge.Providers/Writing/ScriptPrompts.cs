using System.Globalization;
using System.Text;
using Reelforge.Core.Requests;
using Reelforge.Core.Writing;

namespace Reelforge.Providers.Writing;

/// <summary>The prompts sent to the model: pure functions of the brief, the scenes and the script.</summary>
public static class ScriptPrompts
{
    public const int DefaultSeconds = 45;

    public const string ScriptSystem =
        "You write narration for short vertical videos (YouTube Shorts, TikTok, Reels). " +
        "Answer with the narration text only: no title, no markdown, no headings, no bullet points, no emojis, " +
        "no stage directions or bracketed cues, no speaker labels, no scene numbers. " +
        "Do not open with filler such as \"welcome to\", \"in this video\" or \"hey guys\", and do not end by asking to like or subscribe. " +
        "Start with a strong first sentence. Separate paragraphs with one blank line; each paragraph is one scene of one to three sentences.";

    public const string TermsSystem =
        "You pick stock-footage search terms for the scenes of a narrated short video. " +
        "For every scene, in order, give 2 to 4 short concrete English search terms (1-3 words each) describing what could be filmed: " +
        "objects, places, actions. No abstract words, no hashtags, no names of people. Answer with JSON only.";

    public const string MetadataSystem =
        "You write social media metadata for a narrated short video. " +
        "For each platform (youtube_shorts, tiktok, instagram_reels) give a title (under 70 characters for youtube_shorts), " +
        "a 1-3 sentence description, and 3-8 hashtags starting with #. Write titles and descriptions in the script's language. Answer with JSON only.";

    public static string LanguageName(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return string.IsNullOrEmpty(culture.EnglishName) || culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal)
                ? code
                : $"{culture.EnglishName} ({code})";
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    /// <summary>Scene count: the brief's, else one per ~8 s of narration, 3 to 8.</summary>
    public static int SceneCount(ScriptBrief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return brief.Paragraphs is > 0 ? brief.Paragraphs.Value : Math.Clamp((int)Math.Round((brief.TargetSeconds ?? DefaultSeconds) / 8.0), 3, 8);
    }

    public static string ScriptUser(ScriptBrief brief, string language)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var seconds = brief.TargetSeconds ?? DefaultSeconds;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Topic: {brief.Topic.Trim()}\n");
        text.Append(CultureInfo.InvariantCulture, $"Language: write entirely in {LanguageName(language)}.\n");
        text.Append(CultureInfo.InvariantCulture, $"Length: {SpeakingRate.Describe(language, seconds)} in total (about {seconds:0} seconds spoken).\n");
        text.Append(CultureInfo.InvariantCulture, $"Paragraphs: exactly {SceneCount(brief)}.\n");
        AppendIf(text, "Tone", brief.Tone);
        AppendIf(text, "Audience", brief.Audience);
        AppendIf(text, "Open with this hook", brief.Hook);
        AppendIf(text, "Extra instructions", brief.Instructions);
        return text.ToString().TrimEnd();
    }

    /// <summary>Asks for the same script, shorter: the narration came out longer than the target.</summary>
    public static string ShortenUser(ScriptDraft draft, double targetSeconds, double narratedSeconds)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"This script takes {narratedSeconds:0} seconds to speak; it must take about {targetSeconds:0} seconds.\n");
        text.Append(CultureInfo.InvariantCulture, $"Rewrite it shorter: {SpeakingRate.Describe(draft.Language, targetSeconds)} in total, in {LanguageName(draft.Language)}, ");
        text.Append(CultureInfo.InvariantCulture, $"exactly {draft.Scenes.Count} paragraphs, the same facts in the same order, plain narration only.\n\n");
        text.Append(draft.Script);
        return text.ToString();
    }

    public static string TermsUser(IReadOnlyList<SceneSpec> scenes, string language)
    {
        ArgumentNullException.ThrowIfNull(scenes);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The narration is in {LanguageName(language)}; the search terms must be in English.\n");
        text.Append(CultureInfo.InvariantCulture, $"Return {{\"scenes\": [{{\"index\": 0, \"search_terms\": [\"...\"]}}, ...]}} with exactly {scenes.Count} entries, index 0 to {scenes.Count - 1}, in this order.\n\n");
        for (var i = 0; i < scenes.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Scene {i}: {scenes[i].Text.Trim()}\n");
        }

        return text.ToString().TrimEnd();
    }

    public static string MetadataUser(string script, string language) =>
        $"The script is in {LanguageName(language)}.\n" +
        "Return {\"platforms\": [{\"platform\": \"youtube_shorts\", \"title\": \"...\", \"description\": \"...\", \"hashtags\": [\"#...\"]}, ...]} " +
        "with one entry for each of youtube_shorts, tiktok, instagram_reels.\n\nScript:\n" + script.Trim();

    public static string RepairUser(string error) =>
        $"Your previous answer was not valid JSON for the requested schema ({error}). " +
        "Reply with only the corrected JSON: no code fences, no explanation.";

    private static void AppendIf(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append(CultureInfo.InvariantCulture, $"{label}: {value.Trim()}\n");
        }
    }
}
