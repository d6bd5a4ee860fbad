using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>The <c>data</c> of <c>POST /api/v1/terms</c>: <c>{"video_terms": ["sky", "tree"]}</c>.</summary>
public sealed record TermsView([property: JsonPropertyName("video_terms")] IReadOnlyList<string> VideoTerms);
