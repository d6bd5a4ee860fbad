namespace Reelforge.Providers.Writing;

/// <summary>The platforms metadata is written for, with their limits.</summary>
public static class SocialPlatforms
{
    public const string YouTubeShorts = "youtube_shorts";
    public const string TikTok = "tiktok";
    public const string InstagramReels = "instagram_reels";

    public static IReadOnlyList<string> All { get; } = [YouTubeShorts, TikTok, InstagramReels];

    public static int TitleLimit(string platform) => platform == YouTubeShorts ? 100 : 150;

    public static string HouseHashtag(string platform) => platform switch
    {
        YouTubeShorts => "#shorts",
        TikTok => "#fyp",
        _ => "#reels",
    };
}
