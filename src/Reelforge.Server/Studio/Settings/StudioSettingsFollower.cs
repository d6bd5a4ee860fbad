using Microsoft.Extensions.Hosting;

namespace Reelforge.Server.Studio.Settings;

/// <summary>
/// Keeps a worker's configuration in step with the provider keys saved in the studio: the settings file in the
/// shared data directory is checked every few seconds and read again when it changed (a file-time check rather than
/// a file watcher, so it works on network file systems too). The key ring beside it decrypts the keys.
/// </summary>
public sealed class StudioSettingsFollower(StudioSettingsStore store, TimeSpan interval) : BackgroundService
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var written = File.Exists(store.Path) ? File.GetLastWriteTimeUtc(store.Path) : (DateTime?)null;
                if (written != store.LoadedWriteTimeUtc)
                {
                    await store.ReloadAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }
}
