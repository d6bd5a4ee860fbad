using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>The <c>data</c> of <c>POST /api/v1/scripts</c>: <c>{"video_script": "..."}</c>.</summary>
public sealed record ScriptView([property: JsonPropertyName("video_script")] string VideoScript);
