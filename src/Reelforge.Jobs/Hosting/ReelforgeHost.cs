using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Reelforge.Jobs.Hosting;

/// <summary>
/// The one host builder of the command-line faces (<c>generate</c>, <c>script</c>, <c>voices</c>, <c>doctor</c>,
/// <c>library</c>, <c>worker</c>, <c>mcp</c>) and of the tests: the given configuration, logs on standard error, and the
/// production services (<see cref="ProductionServiceCollectionExtensions.AddReelforgeProduction"/>). <c>serve</c> builds a
/// web application over the same registrations.
/// </summary>
public static class ReelforgeHost
{
    public static HostApplicationBuilder CreateBuilder(IConfiguration configuration, LogLevel logLevel = LogLevel.Warning)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(configuration);
        // Standard output may belong to a protocol (MCP) or to a command's answer: every log line goes to standard error.
        builder.Logging.ClearProviders()
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(logLevel)
            .AddFilter("Quartz", LogLevel.Warning)
            .AddFilter("ModelContextProtocol", LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning)
            .AddFilter("System.Net.Http.HttpClient", LogLevel.Warning)
            .AddFilter("Polly", LogLevel.Warning);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddReelforgeProduction(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Checks every setting validated at start (what <see cref="IHost.StartAsync"/> does) for a host whose services are
    /// used without running it, such as a one-shot command: a misconfiguration fails here, naming each problem.
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is invalid.</exception>
    public static IHost Validated(this IHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        try
        {
            host.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            // Several sections at fault (one older setting can feed two retry policies): one list, one line per problem.
            var failures = e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(inner => inner.Failures).Distinct().ToList();
            throw new OptionsValidationException(Options.DefaultName, typeof(object), failures);
        }

        return host;
    }
}
