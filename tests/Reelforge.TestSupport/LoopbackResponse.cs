using System.Text;

namespace Reelforge.TestSupport;

/// <summary>What the loopback server answers.</summary>
public sealed record LoopbackResponse(int Status, string ContentType, byte[] Body)
{
    /// <summary>Extra response headers (Retry-After, say).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static LoopbackResponse Json(string json, int status = 200) => new(status, "application/json", Encoding.UTF8.GetBytes(json));

    public static LoopbackResponse File(string path, string contentType) => new(200, contentType, System.IO.File.ReadAllBytes(path));
}
