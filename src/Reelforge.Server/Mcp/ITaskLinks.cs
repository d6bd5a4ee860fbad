namespace Reelforge.Server.Mcp;

/// <summary>
/// Where a client of the MCP server finds a task's files: the server's public address over HTTP, the data
/// directory as a <c>file://</c> URI over stdio (the client runs on the same machine).
/// </summary>
public interface ITaskLinks
{
    /// <summary>The base that <c>tasks/{id}/{file}</c> is appended to.</summary>
    string BaseUrl { get; }
}
