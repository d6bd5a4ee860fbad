using System.Diagnostics.CodeAnalysis;

namespace Reelforge.Server.Mcp;

/// <summary>The MCP resource URIs of task files: <c>reelforge://tasks/{task_id}/{file}</c>.</summary>
public static class TaskResourceUri
{
    public const string Template = "reelforge://tasks/{task_id}/{file}";

    private const string Prefix = "reelforge://tasks/";

    public static string For(string taskId, string file) => $"{Prefix}{taskId}/{Uri.EscapeDataString(file)}";

    /// <summary>The task id and file name of a URI this server makes; false for anything else.</summary>
    public static bool TryParse(string? uri, [NotNullWhen(true)] out string? taskId, [NotNullWhen(true)] out string? file)
    {
        taskId = null;
        file = null;
        if (uri is null || !uri.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = uri[Prefix.Length..].Split('/');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out _) || parts[1].Length == 0)
        {
            return false;
        }

        taskId = parts[0];
        file = Uri.UnescapeDataString(parts[1]);
        return true;
    }
}
