namespace Reelforge.Server.Hosting;

/// <summary>The first address the server listens on, for URLs made outside a request (webhooks).</summary>
public sealed class ServerAddress
{
    public string Value { get; set; } = ListenAddresses.Default;
}
