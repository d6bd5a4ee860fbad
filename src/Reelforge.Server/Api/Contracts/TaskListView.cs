using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>The <c>data</c> of <c>GET /api/v1/tasks?page=&amp;page_size=</c>, as MPT pages it.</summary>
public sealed record TaskListView(
    [property: JsonPropertyName("tasks")] IReadOnlyList<TaskView> Tasks,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("page_size")] int PageSize);
