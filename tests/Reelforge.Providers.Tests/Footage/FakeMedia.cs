namespace Reelforge.Providers.Tests.Footage;

/// <summary>Bytes that look like media files to a magic-byte check.</summary>
public static class FakeMedia
{
    public static byte[] Mp4(int length = 4096)
    {
        var bytes = new byte[Math.Max(length, 16)];
        byte[] head = [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m'];
        head.CopyTo(bytes, 0);
        for (var i = head.Length; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i * 31);
        }

        return bytes;
    }

    public static byte[] Jpeg(int length = 4096)
    {
        var bytes = Mp4(length);
        byte[] head = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01];
        head.CopyTo(bytes, 0);
        return bytes;
    }

    public static byte[] Html() => "<!doctype html><html><body>Not found</body></html>"u8.ToArray();
}
