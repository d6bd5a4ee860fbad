using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using Reelforge.Jobs.Tasks;
using Reelforge.Pipeline.Generation;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Mcp;

/// <summary>
/// What the tools answer: JSON text (snake_case, like the REST API), or an error result that says what to fix.
/// Exceptions never reach the client: a request's own mistakes come back as their message, anything else as one
/// sentence pointing at the server log.
/// </summary>
internal static class McpToolResults
{
    public static CallToolResult Json<T>(T value) => new()
    {
        Content = [new TextContentBlock { Text = JsonSerializer.Serialize(value, ApiJson.Options) }],
    };

    public static CallToolResult Error(string message) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = message }],
    };

    /// <summary>Runs a tool's body, turning the request's own errors into tool errors that name the field.</summary>
    public static async Task<CallToolResult> GuardAsync(string tool, ILogger logger, Func<Task<CallToolResult>> body)
    {
        try
        {
            return await body();
        }
        catch (ApiValidationException e)
        {
            return Error(McpFieldNames.InMessage(e.Message));
        }
        catch (InvalidRequestException e)
        {
            return Error(e.Message);
        }
        catch (QueueFullException e)
        {
            return Error(e.Message);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            logger.LogError(e, "MCP tool {Tool} failed", tool);
            return Error($"{tool} failed on the server; its log has the details.");
        }
    }
}
