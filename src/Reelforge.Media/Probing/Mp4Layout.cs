using System.Buffers.Binary;
using System.Text;

namespace Reelforge.Media.Probing;

/// <summary>
/// Reads MP4 top-level boxes straight from the file. A web-ready MP4 (<c>-movflags +faststart</c>) has
/// its index (moov) before the media data (mdat), so players can start before the download ends.
/// </summary>
public static class Mp4Layout
{
    /// <summary>True when moov comes before mdat.</summary>
    /// <exception cref="InvalidDataException">The file has no moov or no mdat box, so it is not a playable MP4.</exception>
    public static bool IsFastStart(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096);
        return IsFastStart(stream);
    }

    public static bool IsFastStart(Stream stream)
    {
        var boxes = ReadTopLevelBoxes(stream);
        var moov = boxes.FirstOrDefault(b => b.Type == "moov");
        var mdat = boxes.FirstOrDefault(b => b.Type == "mdat");
        if (moov is null || mdat is null)
        {
            throw new InvalidDataException(
                $"Not a complete MP4: top-level boxes are [{string.Join(", ", boxes.Select(b => b.Type))}].");
        }

        return moov.Offset < mdat.Offset;
    }

    public static IReadOnlyList<Mp4Box> ReadTopLevelBoxes(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var boxes = new List<Mp4Box>();
        Span<byte> header = stackalloc byte[16];
        long offset = 0;
        var length = stream.Length;
        while (offset + 8 <= length)
        {
            stream.Position = offset;
            stream.ReadExactly(header[..8]);
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = Encoding.ASCII.GetString(header.Slice(4, 4));
            if (size == 1)
            {
                // 64-bit "largesize" follows the type; large mdat boxes use it.
                stream.ReadExactly(header.Slice(8, 8));
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(header.Slice(8, 8));
            }
            else if (size == 0)
            {
                // Size 0 means "extends to the end of the file".
                size = length - offset;
            }

            if (size < 8)
            {
                throw new InvalidDataException($"Box '{type}' at offset {offset} has impossible size {size}.");
            }

            boxes.Add(new Mp4Box(type, offset, size));
            offset += size;
        }

        return boxes;
    }
}
