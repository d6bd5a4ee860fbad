using System.Globalization;
using System.Text.Json;
using Reelforge.Core.Audio;
using Reelforge.Core.Speech;

namespace Reelforge.Pipeline.Narration;

/// <summary>
/// Content-addressed store of trimmed sentence clips: the key is SHA-256 of (engine, engine version, voice,
/// rate, text), so the same sentence said the same way is synthesised once. Each entry is a WAV and a JSON
/// of the engine's word events; the JSON is written last and marks the entry complete.
/// </summary>
public sealed class SpeechCache
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly string _directory;

    public SpeechCache(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = directory;
    }

    public static string KeyFor(string engine, string engineVersion, string voice, double rate, string text)
    {
        var material = string.Join('\n', engine, engineVersion, voice, rate.ToString("R", CultureInfo.InvariantCulture), text);
        return Core.ContentHash.Of(material);
    }

    public async Task<SpeechClip?> TryGetAsync(string key, CancellationToken cancellationToken)
    {
        var (wavPath, jsonPath) = PathsFor(key);
        if (!File.Exists(jsonPath) || !File.Exists(wavPath))
        {
            return null;
        }

        try
        {
            await using var json = File.OpenRead(jsonPath);
            var timings = await JsonSerializer.DeserializeAsync<CachedSpeechTimings>(json, Json, cancellationToken);
            if (timings is null)
            {
                return null;
            }

            var audio = await WavFile.ReadAsync(wavPath, cancellationToken);
            return new SpeechClip(audio, timings.Words.Select(w => new WordBoundary(w.Offset, w.Length, w.Seconds)).ToList());
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or IOException)
        {
            // a damaged entry is a miss; it is overwritten below
            return null;
        }
    }

    public async Task StoreAsync(string key, string text, string voice, SpeechClip clip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clip);
        var (wavPath, jsonPath) = PathsFor(key);
        Directory.CreateDirectory(Path.GetDirectoryName(wavPath)!);
        var timings = new CachedSpeechTimings(
            text, voice, clip.WordBoundaries.Select(b => new CachedWordBoundary(b.TextOffset, b.TextLength, b.AudioOffsetSeconds)).ToList());

        // write beside, then move: a reader never sees half a file
        var suffix = $".{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(wavPath + suffix, WavFile.Encode(clip.Audio), cancellationToken);
        File.Move(wavPath + suffix, wavPath, overwrite: true);
        await File.WriteAllBytesAsync(jsonPath + suffix, JsonSerializer.SerializeToUtf8Bytes(timings, Json), cancellationToken);
        File.Move(jsonPath + suffix, jsonPath, overwrite: true);
    }

    private (string Wav, string Json) PathsFor(string key)
    {
        var stem = Path.Combine(_directory, key[..2], key);
        return (stem + ".wav", stem + ".json");
    }
}
