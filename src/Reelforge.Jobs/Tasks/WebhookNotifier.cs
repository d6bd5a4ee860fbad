using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Reelforge.Jobs.Tasks;

/// <summary>
/// Tells a task's <c>callback_url</c> that it finished: a JSON POST signed with HMAC-SHA256 over
/// "<c>timestamp.body</c>" (header <c>X-Reelforge-Signature: t=…,v1=hex</c>), retried with backoff until a 2xx.
/// </summary>
public sealed partial class WebhookNotifier(HttpClient http, IOptions<JobsOptions> options, ILogger<WebhookNotifier> logger)
{
    /// <summary>The name of the HTTP client webhooks are posted with.</summary>
    public const string HttpClientName = "webhook";

    public const string SignatureHeader = "X-Reelforge-Signature";

    public const string EventHeader = "X-Reelforge-Event";

    /// <summary>Delays before the second, third and fourth attempt.</summary>
    public IReadOnlyList<TimeSpan> Backoff { get; init; } = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(15)];

    /// <summary>Posts <paramref name="json"/>; returns how many attempts it took, or null when none succeeded.</summary>
    public async Task<(bool Delivered, int Attempts)> SendAsync(Uri url, string eventName, string json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url);
                request.Content = new StringContent(json, Encoding.UTF8);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Add(EventHeader, eventName);
                if (options.Value.WebhookSecret is { Length: > 0 } secret)
                {
                    request.Headers.Add(SignatureHeader, Sign(secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), json));
                }

                using var response = await http.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return (true, attempt);
                }

                LogAttemptFailed(logger, url.Host, attempt, $"HTTP {(int)response.StatusCode}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                LogAttemptFailed(logger, url.Host, attempt, e.Message);
            }

            if (attempt > Backoff.Count)
            {
                return (false, attempt);
            }

            await Task.Delay(Backoff[attempt - 1], cancellationToken);
        }
    }

    /// <summary>The signature header's value: <c>t=UNIX,v1=HEX(HMAC-SHA256(secret, "UNIX.body"))</c>.</summary>
    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook to {Host} failed (attempt {Attempt}): {Reason}")]
    private static partial void LogAttemptFailed(ILogger logger, string host, int attempt, string reason);
}
