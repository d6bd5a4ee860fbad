using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>The <c>data</c> of <c>GET /musics</c> and <c>GET /video_materials</c>: <c>{"files": [...]}</c>.</summary>
public sealed record MediaFileListView([property: JsonPropertyName("files")] IReadOnlyList<MediaFileView> Files);
