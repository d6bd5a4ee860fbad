using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>The <c>data</c> of a task-creating POST (MPT's <c>TaskResponseData</c>): <c>{"task_id": "..."}</c>.</summary>
public sealed record TaskCreatedView([property: JsonPropertyName("task_id")] string TaskId);
