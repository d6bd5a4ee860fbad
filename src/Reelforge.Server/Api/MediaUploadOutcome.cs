namespace Reelforge.Server.Api;

/// <summary>What storing an upload came to: the stored file name, or why it was refused.</summary>
public sealed record MediaUploadOutcome(string? StoredName, string? Error)
{
    public static MediaUploadOutcome Refused(string error) => new(null, error);
}
