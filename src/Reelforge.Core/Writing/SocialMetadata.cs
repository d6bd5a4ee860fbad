namespace Reelforge.Core.Writing;

/// <summary>Title, description and hashtags for one platform (youtube_shorts, tiktok, instagram_reels).</summary>
public sealed record SocialMetadata(string Platform, string Title, string Description, IReadOnlyList<string> Hashtags);
