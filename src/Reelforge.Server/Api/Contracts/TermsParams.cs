using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>The body of <c>POST /api/v1/terms</c>: footage search terms for a subject and script (MPT's <c>VideoTermsRequest</c>).</summary>
public sealed record TermsParams
{
    [JsonPropertyName("video_subject")]
    public string? VideoSubject { get; init; }

    [JsonPropertyName("video_script")]
    public string? VideoScript { get; init; }

    /// <summary>How many terms, 1..20 (MPT's default is 5).</summary>
    [JsonPropertyName("amount")]
    public int? Amount { get; init; } = 5;

    /// <summary>Checks the body: a subject or a script is needed, and the amount in range.</summary>
    public void Validate()
    {
        var subject = ApiFieldRules.Text(VideoSubject, "video_subject", 500);
        var script = ApiFieldRules.Text(VideoScript, "video_script", 50_000);
        if (subject is null && script is null)
        {
            throw new ApiValidationException("video_subject", "video_subject or video_script is required: the terms are drawn from them.");
        }

        ApiFieldRules.Range(Amount, 5, "amount", 1, 20);
    }
}
