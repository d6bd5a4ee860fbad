using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reelforge.Jobs.Production;
using Reelforge.Jobs;
using Reelforge.Jobs.Hosting;
using Reelforge.Media;
using Reelforge.Media.Probing;
using Reelforge.Jobs.Tasks;
using Reelforge.Server.Api;
using Reelforge.Server.Api.Contracts;
using Reelforge.Server.Hosting;
using Reelforge.Server.Mcp;
using Reelforge.Server.Studio;
using Reelforge.Server.Studio.Settings;

namespace Reelforge.Server;

/// <summary>
/// The HTTP face of Reelforge: the REST API (a superset of MoneyPrinterTurbo's), MCP at /mcp, task files, docs, health and metrics,
/// with the jobs module beneath it. <c>reelforge serve</c> and the in-process tests compose it the same way.
/// </summary>
public static class ReelforgeServer
{
    public static IServiceCollection AddReelforgeServer(this IServiceCollection services, IConfiguration configuration, bool runWorker)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Provider settings saved in the studio lie over the configuration the jobs read.
        var studioSettings = new StudioSettingsConfiguration();
        configuration = new ConfigurationBuilder().AddConfiguration(configuration).Add(studioSettings).Build();
        services.AddReelforgeJobs(configuration, runWorker);
        services.AddReelforgeStudio(JobsServiceCollectionExtensions.DatabaseFrom(configuration).DataDirectory, studioSettings);
        services.AddSingleton<ScriptDesk>();
        services.AddOptions<ServerOptions>().Bind(configuration.GetSection(ServerOptions.SectionName));
        services.AddSingleton<ServerAddress>();
        services.AddSingleton<ITaskPayload, ServerTaskPayload>();
        services.AddSingleton<VideoSubmitter>();
        services.AddSingleton(sp => new FfprobeClient(sp.GetRequiredService<FfmpegRunner>()));
        services.AddSingleton<MediaUploadReceiver>();
        services.AddSingleton<ServerMetrics>();
        services.AddReelforgeHealthChecks();
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.AddRouting();
        services.AddProblemDetails();
        services.AddEndpointsApiExplorer();
        services.AddOpenApi("v1", o => o.AddSchemaTransformer(VideoParamsSchema.TransformAsync));
        services.AddReelforgeMcpOverHttp();
        return services;
    }

    /// <summary>The middleware and every endpoint, on an application built with <see cref="AddReelforgeServer"/>.</summary>
    public static IApplicationBuilder UseReelforgeServer(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetRequiredService<IOptions<ServerOptions>>().Value;
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = SurfaceErrors.WriteExceptionAsync });
        app.UseMiddleware<ApiKeyMiddleware>((IReadOnlyList<string>)options.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).ToList());
        app.UseStatusCodePages(SurfaceErrors.WriteStatusAsync);
        app.UseReelforgeStudioLocalization();
        app.UseRouting();
        app.UseAntiforgery();
        app.UseEndpoints(endpoints => endpoints.MapReelforgeEndpoints());
        return app;
    }

    public static IEndpointRouteBuilder MapReelforgeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("v1");
        api.MapVideoEndpoints();
        api.MapTaskEndpoints();
        api.MapWritingEndpoints();
        api.MapVoiceEndpoints();
        api.MapMediaLibraryEndpoints(endpoints.ServiceProvider.GetRequiredService<IOptions<ServerOptions>>().Value.MaxUploadMegabytes * 1024L * 1024L);
        api.MapDataFileEndpoints();
        endpoints.MapTaskFileEndpoints();
        endpoints.MapHealthEndpoints();
        endpoints.MapMetricsEndpoints();
        endpoints.MapDocsEndpoints();
        endpoints.MapMcp("/mcp");
        endpoints.MapReelforgeStudio();
        return endpoints;
    }

    /// <summary>
    /// Runs <c>reelforge serve</c> until <paramref name="cancellationToken"/> fires. Listening beyond loopback without an
    /// API key configured is refused before anything starts.
    /// </summary>
    public static async Task RunAsync(IConfiguration configuration, IReadOnlyList<string> urls, bool runWorker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(urls);
        var keys = configuration.GetSection($"{ServerOptions.SectionName}:ApiKeys").Get<string[]>() ?? [];
        if (!ListenAddresses.AllLoopback(urls) && !keys.Any(k => !string.IsNullOrWhiteSpace(k)))
        {
            throw new InvalidOperationException(
                $"Refusing to listen on {string.Join(", ", urls)} without an API key: set Server:ApiKeys:0 (env Reelforge__Server__ApiKeys__0) or listen on 127.0.0.1.");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls([.. urls]);
        // The studio's files (Blazor, MudBlazor, its css) are served from the build's static web assets manifest.
        builder.WebHost.UseStaticWebAssets();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning).AddFilter("Quartz", LogLevel.Warning).AddFilter("ModelContextProtocol", LogLevel.Warning);
        builder.Services.AddReelforgeServer(configuration, runWorker);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        var app = builder.Build();
        app.Services.GetRequiredService<ServerAddress>().Value = urls[0].TrimEnd('/');
        app.UseReelforgeServer();
        await app.RunAsync(cancellationToken);
    }

    /// <summary>Runs <c>reelforge worker</c>: the scheduler only, taking tasks from the shared store, no HTTP.</summary>
    public static async Task RunWorkerAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        using var host = CreateWorkerBuilder(configuration).Build();
        await host.RunAsync(cancellationToken);
    }

    /// <summary>The host of <c>reelforge worker</c>: the one host builder with the jobs module and the studio's saved settings.</summary>
    public static HostApplicationBuilder CreateWorkerBuilder(IConfiguration configuration)
    {
        // Keys saved in the studio of a serve on the same data directory reach this worker's renders too.
        var studioSettings = new StudioSettingsConfiguration();
        configuration = new ConfigurationBuilder().AddConfiguration(configuration).Add(studioSettings).Build();
        var builder = ReelforgeHost.CreateBuilder(configuration, LogLevel.Information);
        builder.Services.AddReelforgeJobs(configuration, runWorker: true);
        builder.Services.AddStudioSettings(JobsServiceCollectionExtensions.DatabaseFrom(configuration).DataDirectory, studioSettings);
        builder.Services.AddHostedService(sp => new StudioSettingsFollower(sp.GetRequiredService<StudioSettingsStore>(), StudioSettingsFollower.DefaultInterval));
        return builder;
    }
}
