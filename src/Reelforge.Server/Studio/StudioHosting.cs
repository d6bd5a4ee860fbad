using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using MudBlazor.Services;
using Reelforge.Server.Studio.Access;
using Reelforge.Server.Studio.Settings;
using Reelforge.Server.Studio.Text;

namespace Reelforge.Server.Studio;

/// <summary>
/// The web studio: Blazor (interactive server) pages with MudBlazor, the language switch, the sign-in cookie, and the
/// settings store whose provider keys are laid over the configuration.
/// </summary>
public static class StudioHosting
{
    /// <summary>
    /// Registers the studio. <paramref name="overlay"/> must already sit on top of the configuration the video
    /// producer reads, so saved provider settings reach it.
    /// </summary>
    public static IServiceCollection AddReelforgeStudio(this IServiceCollection services, string dataDirectory, StudioSettingsConfiguration overlay)
    {
        services.AddStudioSettings(dataDirectory, overlay);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddSingleton<StudioSession>();
        services.AddSingleton<StudioText>();
        services.AddSingleton<ConnectionTester>();
        services.AddSingleton<StudioDrafts>();
        services.AddSingleton<StudioTasks>();
        services.AddSingleton<LibraryFiles>();
        services.AddSingleton<CaptionPreviews>();
        services.TryAddSingleton<Reelforge.Jobs.Production.FootageSearch>();
        services.AddHostedService<StudioStartup>();
        services.AddRequestLocalization(o =>
        {
            o.SupportedCultures = o.SupportedUICultures = [.. StudioText.Cultures];
            o.SetDefaultCulture("en");
            o.FallBackToParentCultures = o.FallBackToParentUICultures = true;
        });
        return services;
    }

    /// <summary>
    /// The provider settings saved in the studio (keys protected by the key ring in <c>DATA_DIR/keys</c>), laid over
    /// the configuration through <paramref name="overlay"/>. Shared by <c>serve</c>, which saves them, and
    /// <c>reelforge worker</c>, which follows them.
    /// </summary>
    public static IServiceCollection AddStudioSettings(this IServiceCollection services, string dataDirectory, StudioSettingsConfiguration overlay)
    {
        var keys = new DirectoryInfo(Path.Combine(dataDirectory, "keys"));
        keys.Create();
        if (!OperatingSystem.IsWindows())
        {
            // The key ring decrypts the stored provider keys: owner only.
            keys.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }

        services.AddDataProtection().SetApplicationName("Reelforge").PersistKeysToFileSystem(keys);
        services.AddSingleton(overlay);
        services.AddSingleton<StudioSettingsStore>();
        return services;
    }

    /// <summary>The language of each request: the studio's cookie, else the browser's Accept-Language, else English.</summary>
    public static IApplicationBuilder UseReelforgeStudioLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    public static IEndpointRouteBuilder MapReelforgeStudio(this IEndpointRouteBuilder endpoints)
    {
        var environment = endpoints.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{environment.ApplicationName}.staticwebassets.endpoints.json");
        if (File.Exists(manifest))
        {
            endpoints.MapStaticAssets(manifest);
        }

        endpoints.MapStudioAccessEndpoints();
        endpoints.MapVoiceSampleEndpoint();
        endpoints.MapCaptionPreviewEndpoint();
        endpoints.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return endpoints;
    }

    /// <summary>Loads the settings at start so their provider keys are in the configuration before the first task runs.</summary>
    private sealed class StudioStartup(StudioSettingsStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = store.Current;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
