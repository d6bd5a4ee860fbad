using System.Numerics;

namespace Reelforge.Jobs.Library;

/// <summary>
/// The difference hash (dHash) of a picture: shrunk to 9×8 gray, each bit says whether a pixel is brighter than its
/// right neighbour (8 comparisons × 8 rows = 64 bits). Scaling, re-encoding and mild colour changes keep almost every
/// gradient's sign, so copies differ in a few bits while unrelated pictures differ in about half of them.
/// </summary>
public static class PerceptualHash
{
    public const int Width = 9;

    public const int Height = 8;

    /// <summary>
    /// At most this many differing bits is a near-duplicate. Unrelated pictures differ in ~32 bits (binomial, σ = 4),
    /// so 6 lies more than six σ below chance, while resized or re-encoded copies measure 0–4 (see the library tests).
    /// </summary>
    public const int NearDuplicateThreshold = 6;

    /// <summary>The hash of 72 gray bytes, row by row (what ffmpeg writes for <c>scale=9:8,format=gray -f rawvideo</c>).</summary>
    public static long Compute(ReadOnlySpan<byte> gray)
    {
        if (gray.Length != Width * Height)
        {
            throw new ArgumentException($"A 9×8 gray frame has {Width * Height} bytes, not {gray.Length}.", nameof(gray));
        }

        ulong hash = 0;
        for (var row = 0; row < Height; row++)
        {
            for (var column = 0; column < Width - 1; column++)
            {
                hash <<= 1;
                if (gray[(row * Width) + column] > gray[(row * Width) + column + 1])
                {
                    hash |= 1;
                }
            }
        }

        return unchecked((long)hash);
    }

    /// <summary>How many of the 64 bits differ (Hamming distance).</summary>
    public static int Distance(long a, long b) => BitOperations.PopCount(unchecked((ulong)(a ^ b)));
}
