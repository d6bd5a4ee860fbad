using System.Text.Json.Serialization;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Api;

/// <summary>
/// The body of <c>POST /api/v1/videos/batch</c>: whole requests in <c>items</c>, and/or <c>topics</c> and <c>scripts</c>
/// that each become one request made with the shared <c>defaults</c>.
/// </summary>
public sealed record BatchParams
{
    public const int MaxItems = 50;

    [JsonPropertyName("items")]
    public IReadOnlyList<VideoParams>? Items { get; init; }

    [JsonPropertyName("topics")]
    public IReadOnlyList<string>? Topics { get; init; }

    [JsonPropertyName("scripts")]
    public IReadOnlyList<string>? Scripts { get; init; }

    [JsonPropertyName("defaults")]
    public VideoParams? Defaults { get; init; }

    /// <summary>Every request of the batch, in order: items, then topics, then scripts.</summary>
    public IReadOnlyList<(string Field, VideoParams Params)> Expand()
    {
        var defaults = Defaults ?? new VideoParams();
        var all = new List<(string, VideoParams)>();
        all.AddRange((Items ?? []).Select((p, i) => ($"items[{i}]", p)));
        all.AddRange((Topics ?? []).Select((t, i) => ($"topics[{i}]", defaults with { VideoSubject = t, VideoScript = "", Scenes = null })));
        all.AddRange((Scripts ?? []).Select((s, i) => ($"scripts[{i}]", defaults with { VideoScript = s, Scenes = null })));
        return all;
    }
}
