using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Reelforge.Data.Storage;
using Reelforge.Providers.Speech;

namespace Reelforge.Server.Studio.Settings;

/// <summary>
/// Reads and writes <see cref="StudioSettings"/> as JSON in the data directory. Keys go in protected with ASP.NET Data
/// Protection (its key ring lives beside, in <c>keys/</c>) and come out only to the provider clients, or masked.
/// </summary>
public sealed class StudioSettingsStore : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly IDataProtector _protector;
    private readonly StudioSettingsConfiguration _overlay;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private StudioSettings _current;

    public StudioSettingsStore(DataLayout layout, IDataProtectionProvider protection, StudioSettingsConfiguration overlay)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(protection);
        Path = System.IO.Path.Combine(layout.Root, "studio", "settings.json");
        _protector = protection.CreateProtector("Reelforge.Studio.Settings.v1");
        _overlay = overlay;
        _current = Load();
        _overlay.Apply(ConfigurationValues(_current));
    }

    /// <summary>The settings file.</summary>
    public string Path { get; }

    public StudioSettings Current => _current;

    /// <summary>The settings file's write time when it was last read (null: there was none).</summary>
    public DateTime? LoadedWriteTimeUtc { get; private set; }

    public string Protect(string secret) => _protector.Protect(secret);

    /// <summary>The plain key, for a provider client; null when none is stored or it cannot be read (a lost key ring).</summary>
    public string? Reveal(string? protectedSecret)
    {
        if (string.IsNullOrEmpty(protectedSecret))
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(protectedSecret);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public async Task SaveAsync(StudioSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var temporary = Path + ".tmp";
            await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(settings, Json), cancellationToken);
            File.Move(temporary, Path, overwrite: true);
            LoadedWriteTimeUtc = File.GetLastWriteTimeUtc(Path);
            _current = settings;
            _overlay.Apply(ConfigurationValues(settings));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Reads the file again and lays its values over the configuration: for a process that does not save (a
    /// <c>reelforge worker</c> on the same data directory) to follow what the studio saved.
    /// </summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _current = Load();
            _overlay.Apply(ConfigurationValues(_current));
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private StudioSettings Load()
    {
        // Taken before reading, so a write racing this read shows as a newer time and is read again.
        LoadedWriteTimeUtc = File.Exists(Path) ? File.GetLastWriteTimeUtc(Path) : null;
        if (LoadedWriteTimeUtc is null)
        {
            return new StudioSettings();
        }

        try
        {
            return JsonSerializer.Deserialize<StudioSettings>(File.ReadAllText(Path), Json) ?? new StudioSettings();
        }
        catch (JsonException)
        {
            return new StudioSettings();
        }
    }

    private Dictionary<string, string?> ConfigurationValues(StudioSettings settings) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Llm:Provider"] = settings.LlmProvider,
        ["Llm:Model"] = settings.LlmModel,
        ["Llm:BaseUrl"] = settings.LlmBaseUrl,
        ["Llm:ApiKey"] = Reveal(settings.LlmApiKeyProtected),
        ["Footage:Pexels:ApiKeys:0"] = Reveal(settings.PexelsApiKeyProtected),
        ["Footage:Pixabay:ApiKeys:0"] = Reveal(settings.PixabayApiKeyProtected),
        [$"{OpenAiSpeechOptions.SectionName}:ApiKey"] = Reveal(settings.OpenAiSpeechApiKeyProtected),
        [$"{ElevenLabsSpeechOptions.SectionName}:ApiKey"] = Reveal(settings.ElevenLabsApiKeyProtected),
    };
}
