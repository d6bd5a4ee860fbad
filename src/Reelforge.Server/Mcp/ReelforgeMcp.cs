using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelContextProtocol.Protocol;
using Reelforge.Jobs.Production;
using Reelforge.Server.Api;

namespace Reelforge.Server.Mcp;

/// <summary>
/// Reelforge as an MCP server: the tools and task resources over the same services as the REST API. The transport
/// is the host's choice: Streamable HTTP at <c>/mcp</c> on <c>reelforge serve</c>, stdio for <c>reelforge mcp</c>.
/// </summary>
public static class ReelforgeMcp
{
    public const string Instructions =
        "Reelforge makes narrated short videos. Call create_video with a script (or scenes, or a topic when the server has an LLM), " +
        "then wait_for_task with the returned task_id until finished is true; the result lists the video URL and MCP resource URIs " +
        "(video, captions, manifest). list_voices and list_music show what voice and music accept; generate_script and " +
        "generate_terms help write; search_footage previews footage.";

    /// <summary>The MCP server with Reelforge's tools and resources; <paramref name="links"/> says where result files are reached.</summary>
    public static IMcpServerBuilder AddReelforgeMcp<TLinks>(this IServiceCollection services)
        where TLinks : class, ITaskLinks
    {
        services.TryAddSingleton<ITaskLinks, TLinks>();
        services.TryAddSingleton<TaskFiles>();
        services.TryAddSingleton<ScriptDesk>();
        services.TryAddSingleton<FootageSearch>();
        // create_video's schema is completed from the request specification, so it is built here rather than from attributes.
        services.AddSingleton(VideoTools.Create);
        return services
            .AddMcpServer(o =>
            {
                o.ServerInfo = new Implementation
                {
                    Name = "reelforge",
                    Title = "Reelforge",
                    Version = typeof(ReelforgeMcp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0",
                };
                o.ServerInstructions = Instructions;
            })
            .WithTools<TaskTools>()
            .WithTools<WritingTools>()
            .WithTools<MediaTools>()
            .WithRequestFilters(filters => filters.AddCallToolFilter(next => async ValueTask<CallToolResult> (request, cancellationToken) =>
            {
                var name = request.Params?.Name;
                if (name is not null && request.Server.ServerOptions.ToolCollection is { } tools && tools.TryGetPrimitive(name, out var tool)
                    && McpArgumentSchema.Check(tool.ProtocolTool.InputSchema, request.Params?.Arguments) is { } problem)
                {
                    return new CallToolResult { IsError = true, Content = [new TextContentBlock { Text = problem }] };
                }

                return await next(request, cancellationToken);
            }))
            .WithListResourceTemplatesHandler(TaskResources.ListTemplatesAsync)
            .WithListResourcesHandler(TaskResources.ListAsync)
            .WithReadResourceHandler(TaskResources.ReadAsync);
    }

    /// <summary>The MCP server over HTTP, for <see cref="ReelforgeServer.AddReelforgeServer"/>.</summary>
    internal static IServiceCollection AddReelforgeMcpOverHttp(this IServiceCollection services)
    {
        services.AddReelforgeMcp<ServerTaskLinks>().WithHttpTransport();
        return services;
    }
}
