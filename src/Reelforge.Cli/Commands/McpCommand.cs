using System.CommandLine;
using Microsoft.Extensions.Logging;
using Reelforge.Server.Mcp;

namespace Reelforge.Cli.Commands;

/// <summary><c>reelforge mcp</c>: the MCP server over stdio, for desktop agents that launch it.</summary>
internal static class McpCommand
{
    public static Command Create(CliServices services)
    {
        var dataDir = ServeCommand.DataDirOption();
        var command = new Command("mcp", "Run the MCP server over stdio (for AI agents that launch it), with its own worker rendering the tasks; logs go to stderr.") { dataDir };
        command.SetAction((parse, cancellationToken) => CliErrors.HandleAsync(async () =>
        {
            var level = Environment.GetEnvironmentVariable("REELFORGE_DEBUG") == "1" ? LogLevel.Debug : LogLevel.Warning;
            await McpStdioHost.RunAsync(ServeCommand.WithDataDirectory(services.Configuration, parse.GetValue(dataDir)), level, cancellationToken);
            return 0;
        }));
        return command;
    }
}
