using System.CommandLine;
using Microsoft.Extensions.Logging;
using Reelforge.Cli;
using Reelforge.Cli.Commands;

using var loggerFactory = LoggerFactory.Create(logging => logging
    .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
    .SetMinimumLevel(Environment.GetEnvironmentVariable("REELFORGE_DEBUG") == "1" ? LogLevel.Debug : LogLevel.Warning));
var services = new CliServices(loggerFactory);

var root = new RootCommand("Reelforge: narrated short videos from a script, offline.")
{
    GenerateCommand.Create(services),
    VoicesCommand.Create(services),
    DoctorCommand.Create(services),
};
return await root.Parse(args).InvokeAsync();
