using System.Security.Cryptography;
using System.Text;

namespace Reelforge.Core;

/// <summary>The one content-addressing scheme of every cache: lower-case hex SHA-256.</summary>
public static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A non-negative seed from text: the same script gives the same video, in every process.</summary>
    public static int SeedOf(string text) => BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0) & 0x7FFFFFFF;

    public static async Task<string> OfFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
