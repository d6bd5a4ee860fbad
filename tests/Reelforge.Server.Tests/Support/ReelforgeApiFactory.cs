using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reelforge.Server;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Support;

/// <summary>
/// The whole server in process (WebApplicationFactory over a test server): its own data directory, SQLite by default or
/// the PostgreSQL database given, the in-process worker running (small renders), and any extra settings.
/// </summary>
public sealed class ReelforgeApiFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new();
    private readonly Dictionary<string, string?> _settings;

    public ReelforgeApiFactory(IDictionary<string, string?>? settings = null, string? postgres = null, bool runWorker = true)
    {
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["DataDirectory"] = _data.Path,
            ["Jobs:MaxConcurrentRenders"] = "1",
        };
        if (postgres is not null)
        {
            _settings["ConnectionStrings:Reelforge"] = postgres;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        RunWorker = runWorker;
    }

    public bool RunWorker { get; }

    public string DataDirectory => _data.Path;

    public IConfiguration Configuration => new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();

    protected override IHostBuilder CreateHostBuilder()
    {
        var configuration = Configuration;
        return Host.CreateDefaultBuilder()
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureLogging(l => l.ClearProviders())
            .ConfigureAppConfiguration(c => c.AddInMemoryCollection(_settings))
            .ConfigureWebHost(web => web
                .UseSetting(WebHostDefaults.ContentRootKey, AppContext.BaseDirectory)
                .ConfigureServices(services => services.AddReelforgeServer(configuration, RunWorker))
                .Configure(app => app.UseReelforgeServer()));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
