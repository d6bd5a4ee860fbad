using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>The <c>data</c> of an upload: <c>{"file": "stored-name.mp3"}</c>, the name to use in <c>bgm_file</c> or materials.</summary>
public sealed record MediaUploadView([property: JsonPropertyName("file")] string File);
