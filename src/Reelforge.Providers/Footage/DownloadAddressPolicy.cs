using System.Net;
using System.Net.Sockets;

namespace Reelforge.Providers.Footage;

/// <summary>
/// Which URLs the downloader may fetch: https on a provider's own hosts, never a private or loopback address
/// (a redirect must not turn a download into a request inside our network). Plain http to loopback only when
/// <see cref="StockOptions.AllowLoopbackForTests"/> is set.
/// </summary>
public sealed class DownloadAddressPolicy
{
    private readonly string[] _allowedHosts;
    private readonly bool _allowLoopback;

    public DownloadAddressPolicy(IEnumerable<string> allowedHosts, bool allowLoopbackForTests)
    {
        ArgumentNullException.ThrowIfNull(allowedHosts);
        _allowedHosts = allowedHosts.Select(h => h.Trim().TrimEnd('.')).Where(h => h.Length > 0).ToArray();
        _allowLoopback = allowLoopbackForTests;
    }

    /// <summary>Why the URL may not be fetched, or null when it may (host names are resolved and checked).</summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            return "not an absolute URL";
        }

        if (_allowLoopback && url.IsLoopback && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return null;
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            return "only https downloads are allowed";
        }

        var host = url.IdnHost.TrimEnd('.');
        if (!_allowedHosts.Any(h => host.Equals(h, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase)))
        {
            return $"host {host} is not one of the provider's download hosts";
        }

        IPAddress[] addresses;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
            }
            catch (SocketException e)
            {
                return $"host {host} does not resolve ({e.SocketErrorCode})";
            }
        }

        return addresses.Any(IsInternal) ? $"host {host} resolves to a private or loopback address" : null;
    }

    /// <summary>Loopback, private, link-local, carrier-grade NAT, unique-local or unspecified addresses.</summary>
    public static bool IsInternal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] == 10 || b[0] == 0 || b[0] == 127
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127);
        }

        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
    }
}
