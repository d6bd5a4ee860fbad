using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Reelforge.Server.Hosting;

namespace Reelforge.Server.Studio.Access;

/// <summary>
/// A browser cannot send an API key header, so with keys configured the studio signs in once with a key and gets an
/// HttpOnly cookie: a Data-Protection-protected, time-limited fingerprint of that key. Removing the key from the
/// configuration ends its sessions.
/// </summary>
public sealed class StudioSession
{
    public const string CookieName = "reelforge_studio";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);
    private readonly ITimeLimitedDataProtector _protector;
    private readonly byte[][] _keys;

    public StudioSession(IDataProtectionProvider protection, IOptions<ServerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(options);
        _protector = protection.CreateProtector("Reelforge.Studio.Session.v1").ToTimeLimitedDataProtector();
        _keys = options.Value.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => Encoding.UTF8.GetBytes(k)).ToArray();
    }

    public bool KeysRequired => _keys.Length > 0;

    /// <summary>Whether <paramref name="key"/> is one of the configured keys (compared in constant time).</summary>
    public bool Accepts(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        var presented = Encoding.UTF8.GetBytes(key);
        var match = false;
        foreach (var candidate in _keys)
        {
            match |= CryptographicOperations.FixedTimeEquals(presented, candidate);
        }

        return match;
    }

    /// <summary>Whether the request carries a session cookie for a key that is still configured.</summary>
    public bool IsSignedIn(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Cookies[CookieName] is not { Length: > 0 } cookie)
        {
            return false;
        }

        try
        {
            var fingerprint = Convert.FromHexString(_protector.Unprotect(cookie));
            var match = false;
            foreach (var key in _keys)
            {
                match |= CryptographicOperations.FixedTimeEquals(fingerprint, Fingerprint(key));
            }

            return match;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }
    }

    public void SignIn(HttpResponse response, string key)
    {
        ArgumentNullException.ThrowIfNull(response);
        var value = _protector.Protect(Convert.ToHexString(Fingerprint(Encoding.UTF8.GetBytes(key))), Lifetime);
        response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            Secure = response.HttpContext.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }

    public static void SignOut(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
    }

    private static byte[] Fingerprint(byte[] key) => SHA256.HashData(key);
}
