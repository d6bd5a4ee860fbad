namespace Reelforge.Server.Studio.Settings;

/// <summary>A stock item picked for a scene on the Create page, as the footage search reported it.</summary>
public sealed record StockChoice
{
    public string Source { get; init; } = "";

    public string Id { get; init; } = "";

    /// <summary>video or image.</summary>
    public string Kind { get; init; } = "video";

    public string DownloadUrl { get; init; } = "";

    public string? Title { get; init; }

    public string? PageUrl { get; init; }

    public string? Author { get; init; }

    public string? License { get; init; }
}
