using Microsoft.Extensions.Configuration;

namespace Reelforge.Server.Studio.Settings;

/// <summary>
/// The provider settings saved in the studio, laid over the rest of the configuration (they win) so the video
/// producer, the script writer and the stock sources use them without knowing the studio exists.
/// </summary>
public sealed class StudioSettingsConfiguration : ConfigurationProvider, IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    /// <summary>Replaces the overlaid values (only non-empty ones are laid over) and tells readers to look again.</summary>
    public void Apply(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Data = values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);
        OnReload();
    }
}
