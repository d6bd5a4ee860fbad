using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reelforge.Data.Storage;
using Reelforge.Server.Studio;
using Reelforge.Server.Studio.Settings;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Studio;

/// <summary>A worker process on the same data directory follows the provider keys saved in the studio.</summary>
public sealed class StudioSettingsFollowerTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    /// <summary>One process's view: its own services, Data Protection and configuration over the shared data directory.</summary>
    private (ServiceProvider Services, IConfiguration Configuration) Process()
    {
        var overlay = new StudioSettingsConfiguration();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Footage:Pexels:ApiKeys:0", "pk-from-configuration")]).Add(overlay).Build();
        var services = new ServiceCollection().AddSingleton(new DataLayout(_data.Path)).AddStudioSettings(_data.Path, overlay).BuildServiceProvider();
        return (services, configuration);
    }

    [Fact]
    public async Task Worker_PicksUpAKeySavedInTheStudioAfterItStarted_AndDecryptsItWithTheSharedKeyRing()
    {
        var (serveServices, _) = Process();
        var (workerServices, workerConfiguration) = Process();
        using (serveServices)
        using (workerServices)
        {
            using var follower = new StudioSettingsFollower(workerServices.GetRequiredService<StudioSettingsStore>(), TimeSpan.FromMilliseconds(50));
            await follower.StartAsync(CancellationToken.None);
            Assert.Equal("pk-from-configuration", workerConfiguration["Footage:Pexels:ApiKeys:0"]);

            var studio = serveServices.GetRequiredService<StudioSettingsStore>();
            await studio.SaveAsync(studio.Current with { PexelsApiKeyProtected = studio.Protect("pk-saved-in-studio-1234") }, CancellationToken.None);

            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (workerConfiguration["Footage:Pexels:ApiKeys:0"] != "pk-saved-in-studio-1234" && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(50);
            }

            Assert.Null(follower.ExecuteTask?.Exception);
            await follower.StopAsync(CancellationToken.None);
            var worker = workerServices.GetRequiredService<StudioSettingsStore>();
            Assert.Equal(studio.Current.PexelsApiKeyProtected, worker.Current.PexelsApiKeyProtected);
            Assert.Equal("pk-saved-in-studio-1234", worker.Reveal(worker.Current.PexelsApiKeyProtected));
            Assert.Equal("pk-saved-in-studio-1234", workerConfiguration["Footage:Pexels:ApiKeys:0"]);
            Assert.DoesNotContain("pk-saved-in-studio-1234", await File.ReadAllTextAsync(studio.Path), StringComparison.Ordinal);
        }
    }
}
