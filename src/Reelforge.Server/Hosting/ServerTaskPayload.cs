using System.Text.Json;
using Microsoft.Extensions.Options;
using Reelforge.Data.Tasks;
using Reelforge.Jobs.Tasks;
using Reelforge.Server.Api;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Hosting;

/// <summary>Webhooks carry the same task view as <c>GET /api/v1/tasks/{id}</c>, with the event's name.</summary>
internal sealed class ServerTaskPayload(IOptions<ServerOptions> options, ServerAddress address) : ITaskPayload
{
    public string Write(VideoTask task)
    {
        var baseUrl = options.Value.PublicUrl?.ToString().TrimEnd('/') ?? address.Value;
        var body = new { @event = $"task.{task.State.ToString().ToLowerInvariant()}", task = TaskViews.From(task, baseUrl) };
        return JsonSerializer.Serialize(body, ApiJson.Options);
    }
}
