using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reelforge.Jobs.Hosting;

namespace Reelforge.Server.Tests.Support;

/// <summary>The CLI's host (<see cref="ReelforgeHost"/>) with these settings, built and validated as a command does.</summary>
public static class ProductionHost
{
    public static IHost Build(IDictionary<string, string?>? settings = null, Action<HostApplicationBuilder>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var builder = ReelforgeHost.CreateBuilder(configuration, LogLevel.Warning);
        builder.Logging.ClearProviders();
        configure?.Invoke(builder);
        return builder.Build().Validated();
    }
}
