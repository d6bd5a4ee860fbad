using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Reelforge.Server;
using Reelforge.Server.Hosting;

namespace Reelforge.Cli.Commands;

/// <summary><c>reelforge serve</c> (the API with an in-process worker) and <c>reelforge worker</c> (workers only).</summary>
internal static class ServeCommand
{
    public static Command Create(CliServices services)
    {
        var urls = new Option<string[]>("--urls")
        {
            Description = $"Addresses to listen on (default {ListenAddresses.Default}); beyond loopback an API key must be configured.",
            AllowMultipleArgumentsPerToken = true,
        };
        var noWorker = new Option<bool>("--no-worker") { Description = "Serve the API only; tasks are run by 'reelforge worker' processes sharing the database." };
        var dataDir = DataDirOption();
        var command = new Command("serve", "Run the REST API (MoneyPrinterTurbo-compatible) with a worker that renders the tasks.") { urls, noWorker, dataDir };
        command.SetAction((parse, cancellationToken) => CliErrors.HandleAsync(async () =>
        {
            var listen = parse.GetValue(urls) is { Length: > 0 } given
                ? given.SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList()
                : [ListenAddresses.Default];
            await ReelforgeServer.RunAsync(WithDataDirectory(services.Configuration, parse.GetValue(dataDir)), listen, !parse.GetValue(noWorker), cancellationToken);
            return 0;
        }));
        return command;
    }

    public static Command CreateWorker(CliServices services)
    {
        var dataDir = DataDirOption();
        var command = new Command("worker", "Run a render worker only: it takes queued tasks from the shared database (PostgreSQL to scale out).") { dataDir };
        command.SetAction((parse, cancellationToken) => CliErrors.HandleAsync(async () =>
        {
            await ReelforgeServer.RunWorkerAsync(WithDataDirectory(services.Configuration, parse.GetValue(dataDir)), cancellationToken);
            return 0;
        }));
        return command;
    }

    /// <summary>The <c>--data-dir</c> option of every command that uses the data directory.</summary>
    internal static Option<DirectoryInfo?> DataDirOption() =>
        new("--data-dir") { Description = "Where tasks, uploads and the SQLite database live (setting DataDirectory, env Reelforge__DataDirectory)." };

    /// <summary>The configuration with <c>--data-dir</c>, when given, as its DataDirectory.</summary>
    internal static IConfiguration WithDataDirectory(IConfiguration configuration, DirectoryInfo? directory) =>
        directory is null
            ? configuration
            : new ConfigurationBuilder().AddConfiguration(configuration)
                .AddInMemoryCollection([new KeyValuePair<string, string?>("DataDirectory", directory.FullName)]).Build();
}
