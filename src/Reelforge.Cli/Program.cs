using System.CommandLine;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Reelforge.Cli;
using Reelforge.Cli.Commands;

using var services = new CliServices(CliConfiguration.Build(), Environment.GetEnvironmentVariable("REELFORGE_DEBUG") == "1" ? LogLevel.Debug : LogLevel.Warning);

var root = new RootCommand("Reelforge: narrated short videos from a script, offline.")
{
    GenerateCommand.Create(services),
    ScriptCommand.Create(services),
    VoicesCommand.Create(services),
    DoctorCommand.Create(services),
    ServeCommand.Create(services),
    ServeCommand.CreateWorker(services),
    McpCommand.Create(services),
    LibraryCommand.Create(services),
};
// Ctrl+C and SIGTERM cancel the work (ffmpeg is killed, partial files removed) instead of killing the process.
using var cancellation = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, cancellation.Token);

void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    Console.Error.WriteLine($"reelforge: {context.Signal}, stopping");
    cancellation.Cancel();
}
