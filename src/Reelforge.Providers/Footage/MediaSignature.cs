namespace Reelforge.Providers.Footage;

/// <summary>Recognises media files by their first bytes, so an HTML error page or a truncated file is not cached as footage.</summary>
public static class MediaSignature
{
    /// <summary>How many leading bytes <see cref="Extension"/> needs.</summary>
    public const int Length = 12;

    /// <summary>".mp4", ".webm", ".jpg" or ".png" for a recognised file; null otherwise.</summary>
    public static string? Extension(ReadOnlySpan<byte> head)
    {
        // ISO base media (MP4, MOV): a box size then "ftyp"
        if (head.Length >= 8 && head[4] == (byte)'f' && head[5] == (byte)'t' && head[6] == (byte)'y' && head[7] == (byte)'p')
        {
            return ".mp4";
        }

        if (head.Length >= 4 && head[0] == 0x1A && head[1] == 0x45 && head[2] == 0xDF && head[3] == 0xA3)
        {
            return ".webm";
        }

        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return ".jpg";
        }

        if (head.Length >= 8 && head[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ".png";
        }

        return null;
    }

    public static bool IsVideo(string extension) => extension is ".mp4" or ".webm";
}
