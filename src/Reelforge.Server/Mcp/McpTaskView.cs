using System.Text.Json.Serialization;
using Reelforge.Data.Tasks;
using Reelforge.Server.Api;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Mcp;

/// <summary>A task as the MCP tools show it: the REST API's task view plus the task's files as MCP resource URIs.</summary>
internal sealed record McpTaskView(
    [property: JsonPropertyName("task")] TaskView Task,
    [property: JsonPropertyName("resources")] IReadOnlyList<string> Resources)
{
    public static McpTaskView From(VideoTask task, ITaskLinks links, TaskFiles files) =>
        new(TaskViews.From(task, links.BaseUrl), task.State == TaskState.Complete ? files.List(task.Id).Select(f => TaskResourceUri.For(task.Id, f.Name)).ToList() : []);
}
