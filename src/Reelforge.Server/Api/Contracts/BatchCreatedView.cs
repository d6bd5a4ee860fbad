using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>The <c>data</c> of a batch submission: <c>{"batch_id": "...", "task_ids": ["...", ...]}</c>.</summary>
public sealed record BatchCreatedView(
    [property: JsonPropertyName("batch_id")] string? BatchId,
    [property: JsonPropertyName("task_ids")] IReadOnlyList<string> TaskIds);
