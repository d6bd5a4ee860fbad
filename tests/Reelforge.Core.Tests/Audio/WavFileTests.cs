using System.Buffers.Binary;
using Reelforge.Core.Audio;

namespace Reelforge.Core.Tests.Audio;

public class WavFileTests
{
    [Fact]
    public void EncodeThenParse_ReturnsTheSameSamplesAndRate()
    {
        var audio = SyntheticAudio.ToneBetweenSilences(0.1, 0.2, 0.1, 22050);

        var back = WavFile.Parse(WavFile.Encode(audio));

        Assert.Equal(22050, back.SampleRate);
        Assert.Equal(audio.Samples, back.Samples);
    }

    [Fact]
    public async Task WriteAsyncThenReadAsync_RoundTripsThroughAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reelforge-wav-{Guid.NewGuid():N}.wav");
        var audio = new PcmAudio([0, 1, -1, short.MaxValue, short.MinValue], 8000);
        try
        {
            await WavFile.WriteAsync(path, audio, CancellationToken.None);
            var back = await WavFile.ReadAsync(path, CancellationToken.None);
            Assert.Equal(audio.Samples, back.Samples);
            Assert.Equal(44 + 10, new FileInfo(path).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parse_Stereo_MixesChannelsToMono()
    {
        var wav = Build(channels: 2, sampleRate: 44100, frames: [(1000, 3000), (-2000, 0)]);

        var audio = WavFile.Parse(wav);

        Assert.Equal(44100, audio.SampleRate);
        Assert.Equal(new short[] { 2000, -1000 }, audio.Samples);
    }

    [Fact]
    public void Parse_SkipsUnknownChunksIncludingOddSizedOnes()
    {
        var wav = Build(channels: 1, sampleRate: 16000, frames: [(5, 0), (6, 0)], extraChunk: "LIST", extraChunkSize: 3);

        var audio = WavFile.Parse(wav);

        Assert.Equal(new short[] { 5, 6 }, audio.Samples);
    }

    [Fact]
    public async Task ReadAsync_FromAPipeWithUnknownSizes_ReadsToTheEnd()
    {
        var wav = Build(channels: 1, sampleRate: 16000, frames: [(7, 0), (8, 0), (9, 0)]);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(4), uint.MaxValue);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(40), uint.MaxValue);

        var audio = await WavFile.ReadAsync(new MemoryStream(wav), CancellationToken.None);

        Assert.Equal(new short[] { 7, 8, 9 }, audio.Samples);
    }

    [Fact]
    public void Parse_EightBitAudio_FailsSayingOnly16BitIsRead()
    {
        var wav = Build(channels: 1, sampleRate: 8000, frames: [(1, 0)]);
        BinaryPrimitives.WriteUInt16LittleEndian(wav.AsSpan(34), 8);

        var error = Assert.Throws<InvalidDataException>(() => WavFile.Parse(wav));
        Assert.Contains("16-bit", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Build(int channels, int sampleRate, (short Left, short Right)[] frames, string? extraChunk = null, int extraChunkSize = 0)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8);
        writer.Write(0);
        writer.Write("WAVE"u8);
        writer.Write("fmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)channels);
        writer.Write(sampleRate);
        writer.Write(sampleRate * channels * 2);
        writer.Write((short)(channels * 2));
        writer.Write((short)16);
        if (extraChunk is not null)
        {
            writer.Write(System.Text.Encoding.ASCII.GetBytes(extraChunk));
            writer.Write(extraChunkSize);
            writer.Write(new byte[extraChunkSize + (extraChunkSize & 1)]);
        }

        writer.Write("data"u8);
        writer.Write(frames.Length * channels * 2);
        foreach (var (left, right) in frames)
        {
            writer.Write(left);
            if (channels == 2)
            {
                writer.Write(right);
            }
        }

        writer.Flush();
        return stream.ToArray();
    }
}
