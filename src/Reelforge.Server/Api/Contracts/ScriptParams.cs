using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>The body of <c>POST /api/v1/scripts</c>: write a script about a subject (MPT's <c>VideoScriptRequest</c>).</summary>
public sealed record ScriptParams
{
    /// <summary>Required here: MPT falls back to a sample Chinese subject, which no client wants.</summary>
    [JsonPropertyName("video_subject")]
    public string? VideoSubject { get; init; }

    [JsonPropertyName("video_language")]
    public string? VideoLanguage { get; init; } = "";

    [JsonPropertyName("paragraph_number")]
    public int? ParagraphNumber { get; init; } = 1;

    /// <summary>Checks the body; returns the trimmed subject.</summary>
    public string Validate()
    {
        var subject = ApiFieldRules.Text(VideoSubject, "video_subject", 500)
            ?? throw new ApiValidationException("video_subject", "video_subject is required: the script is written about it.");
        ApiFieldRules.Range(ParagraphNumber, 1, "paragraph_number", 1, 30);
        LanguageTag.Check(VideoLanguage, "video_language");
        return subject;
    }
}
