using System.Buffers.Binary;
using System.Text;
using Reelforge.Media.Probing;
using Reelforge.Media.Tests.TestSupport;

namespace Reelforge.Media.Tests.Probing;

public sealed class Mp4LayoutTests
{
    [Fact]
    public void ReadTopLevelBoxes_LargeSizeAndToEndBoxes_AreMeasuredCorrectly()
    {
        using var stream = new MemoryStream();
        WriteBox(stream, "ftyp", 16);
        WriteLargeBox(stream, "mdat", 40);
        WriteBox(stream, "moov", 0, payload: 12);

        var boxes = Mp4Layout.ReadTopLevelBoxes(stream);

        Assert.Equal(
            [new Mp4Box("ftyp", 0, 16), new Mp4Box("mdat", 16, 40), new Mp4Box("moov", 56, 20)],
            boxes);
        Assert.False(Mp4Layout.IsFastStart(stream));
    }

    [Fact]
    public void IsFastStart_MoovBeforeMdat_IsTrue()
    {
        using var stream = new MemoryStream();
        WriteBox(stream, "ftyp", 16);
        WriteBox(stream, "moov", 24);
        WriteBox(stream, "mdat", 32);

        Assert.True(Mp4Layout.IsFastStart(stream));
    }

    [Fact]
    public void IsFastStart_NoMoovBox_ThrowsInvalidData()
    {
        using var stream = new MemoryStream();
        WriteBox(stream, "ftyp", 16);
        WriteBox(stream, "mdat", 32);

        var error = Assert.Throws<InvalidDataException>(() => Mp4Layout.IsFastStart(stream));
        Assert.Contains("ftyp, mdat", error.Message);
    }

    [Fact]
    public void ReadTopLevelBoxes_CorruptSize_ThrowsInvalidData()
    {
        using var stream = new MemoryStream();
        WriteBox(stream, "ftyp", 4, payload: 12);

        Assert.Throws<InvalidDataException>(() => Mp4Layout.ReadTopLevelBoxes(stream));
    }

    [Fact]
    public async Task IsFastStart_RealEncodes_TellsFaststartFromDefaultLayout()
    {
        var runner = Ffmpeg.RequireRunner();
        using var temp = new TempDirectory();
        string[] source = ["-f", "lavfi", "-i", "testsrc=size=160x90:rate=30:duration=1", "-c:v", "libx264", "-preset", "ultrafast"];

        var plain = await Ffmpeg.MakeAsync(runner, temp.File("plain.mp4"), source);
        var faststart = await Ffmpeg.MakeAsync(runner, temp.File("faststart.mp4"), [.. source, "-movflags", "+faststart"]);

        Assert.False(Mp4Layout.IsFastStart(plain));
        Assert.True(Mp4Layout.IsFastStart(faststart));
    }

    private static void WriteBox(Stream stream, string type, uint size, int? payload = null)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(header, size);
        Encoding.ASCII.GetBytes(type, header[4..]);
        stream.Write(header);
        stream.Write(new byte[payload ?? (int)size - 8]);
    }

    private static void WriteLargeBox(Stream stream, string type, ulong size)
    {
        Span<byte> header = stackalloc byte[16];
        BinaryPrimitives.WriteUInt32BigEndian(header, 1);
        Encoding.ASCII.GetBytes(type, header[4..8]);
        BinaryPrimitives.WriteUInt64BigEndian(header[8..], size);
        stream.Write(header);
        stream.Write(new byte[(int)size - 16]);
    }
}
