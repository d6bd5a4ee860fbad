using System.Buffers.Binary;

namespace Reelforge.Core.Audio;

/// <summary>Reads 16-bit PCM WAV (mono, or mixed down to mono) and writes mono 16-bit WAV.</summary>
public static class WavFile
{
    private const ushort FormatPcm = 1;
    private const ushort FormatExtensible = 0xFFFE;

    public static async Task<PcmAudio> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return Parse(bytes);
    }

    /// <summary>Reads a whole stream (a file or a pipe, where the sizes may be 0xFFFFFFFF).</summary>
    public static async Task<PcmAudio> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public static async Task WriteAsync(string path, PcmAudio audio, CancellationToken cancellationToken) =>
        await File.WriteAllBytesAsync(path, Encode(audio), cancellationToken);

    /// <summary>Decodes a RIFF/WAVE PCM16 file; unknown chunks are skipped, channels are averaged.</summary>
    public static PcmAudio Parse(ReadOnlySpan<byte> wav)
    {
        if (wav.Length < 12 || !wav[..4].SequenceEqual("RIFF"u8) || !wav[8..12].SequenceEqual("WAVE"u8))
        {
            throw new InvalidDataException("Not a RIFF/WAVE file.");
        }

        int channels = 0, sampleRate = 0, bitsPerSample = 0;
        var position = 12;
        while (position + 8 <= wav.Length)
        {
            var id = wav.Slice(position, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(wav.Slice(position + 4, 4));
            var body = position + 8;
            if (id.SequenceEqual("fmt "u8))
            {
                if (size < 16 || body + 16 > wav.Length)
                {
                    throw new InvalidDataException("WAV fmt chunk is truncated.");
                }

                var format = BinaryPrimitives.ReadUInt16LittleEndian(wav.Slice(body, 2));
                channels = BinaryPrimitives.ReadUInt16LittleEndian(wav.Slice(body + 2, 2));
                sampleRate = (int)BinaryPrimitives.ReadUInt32LittleEndian(wav.Slice(body + 4, 4));
                bitsPerSample = BinaryPrimitives.ReadUInt16LittleEndian(wav.Slice(body + 14, 2));
                if ((format != FormatPcm && format != FormatExtensible) || bitsPerSample != 16 || channels < 1 || sampleRate <= 0)
                {
                    throw new InvalidDataException(
                        $"Unsupported WAV format {format} with {bitsPerSample} bits and {channels} channels; only 16-bit PCM is read.");
                }
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (channels == 0)
                {
                    throw new InvalidDataException("WAV data chunk comes before the fmt chunk.");
                }

                // a WAV streamed through a pipe has no known size: the data runs to the end
                var available = wav.Length - body;
                var length = size == uint.MaxValue || size > available ? available : (int)size;
                return Decode(wav.Slice(body, length), channels, sampleRate);
            }

            position = body + (int)Math.Min(size + (size & 1), int.MaxValue - body);
        }

        throw new InvalidDataException("WAV file has no data chunk.");
    }

    /// <summary>Encodes mono 16-bit PCM as a canonical 44-byte-header WAV.</summary>
    public static byte[] Encode(PcmAudio audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        var dataLength = audio.Samples.Length * 2;
        var bytes = new byte[44 + dataLength];
        var span = bytes.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(36 + dataLength));
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], FormatPcm);
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], (uint)audio.SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[28..], (uint)(audio.SampleRate * 2));
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], (uint)dataLength);
        for (var i = 0; i < audio.Samples.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(span[(44 + (i * 2))..], audio.Samples[i]);
        }

        return bytes;
    }

    /// <summary>
    /// Decodes raw 16-bit little-endian PCM (interleaved when several channels; they are averaged), as speech APIs
    /// answer with a "pcm" format; a trailing partial frame is dropped.
    /// </summary>
    public static PcmAudio DecodePcm16(ReadOnlySpan<byte> data, int channels, int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        return Decode(data, channels, sampleRate);
    }

    private static PcmAudio Decode(ReadOnlySpan<byte> data, int channels, int sampleRate)
    {
        var frames = data.Length / (2 * channels);
        var samples = new short[frames];
        for (var f = 0; f < frames; f++)
        {
            var sum = 0;
            for (var c = 0; c < channels; c++)
            {
                sum += BinaryPrimitives.ReadInt16LittleEndian(data.Slice(((f * channels) + c) * 2, 2));
            }

            samples[f] = (short)(sum / channels);
        }

        return new PcmAudio(samples, sampleRate);
    }
}
