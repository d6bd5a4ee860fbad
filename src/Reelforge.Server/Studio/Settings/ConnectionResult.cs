namespace Reelforge.Server.Studio.Settings;

/// <summary>What a connection test found: whether it worked, and a sentence saying what happened.</summary>
public sealed record ConnectionResult(bool Ok, string Message);
