namespace Reelforge.Server.Hosting;

/// <summary>The <c>Server</c> configuration section.</summary>
public sealed class ServerOptions
{
    public const string SectionName = "Server";

    /// <summary>Keys accepted in <c>X-API-Key</c> or <c>Authorization: Bearer</c>; required when listening beyond loopback.</summary>
    public IList<string> ApiKeys { get; } = [];

    /// <summary>Largest upload accepted (music and footage), in megabytes.</summary>
    public int MaxUploadMegabytes { get; set; } = 500;

    /// <summary>Free space the data directory's disk must have for <c>/health/ready</c> to pass, in megabytes.</summary>
    public long MinFreeDiskMegabytes { get; set; } = 500;

    /// <summary>The address clients reach this server at, for absolute URLs in task results and webhooks; else the request's own.</summary>
    public Uri? PublicUrl { get; set; }
}
