using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Reelforge.Jobs.Tasks;

/// <summary>
/// Tells a task's <c>callback_url</c> that it finished: a JSON POST signed with HMAC-SHA256 over
/// "<c>timestamp.body</c>" (header <c>X-Reelforge-Signature: t=…,v1=hex</c>), retried with backoff while the failure is transient.
/// </summary>
/// <param name="retry">The "webhook" retry pipeline (named policy <c>Resilience:Webhook</c>): transient failures (408, 429, 5xx, network) are retried, Retry-After honoured.</param>
public sealed partial class WebhookNotifier(HttpClient http, ResiliencePipeline<HttpResponseMessage> retry, IOptions<JobsOptions> options, ILogger<WebhookNotifier> logger)
{
    /// <summary>The name of the HTTP client webhooks are posted with.</summary>
    public const string HttpClientName = "webhook";

    public const string SignatureHeader = "X-Reelforge-Signature";

    public const string EventHeader = "X-Reelforge-Event";

    /// <summary>The name of the retry pipeline webhooks are posted through.</summary>
    public const string PipelineName = "webhook";

    /// <summary>Posts <paramref name="json"/>; returns whether it was delivered and how many attempts that took.</summary>
    public async Task<(bool Delivered, int Attempts)> SendAsync(Uri url, string eventName, string json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var attempts = 0;
        try
        {
            using var response = await retry.ExecuteAsync(async token =>
            {
                var attempt = Interlocked.Increment(ref attempts);
                // Built afresh per attempt: a request is sent once, and the signature's timestamp is the attempt's.
                using var request = new HttpRequestMessage(HttpMethod.Post, url);
                request.Content = new StringContent(json, Encoding.UTF8);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Add(EventHeader, eventName);
                if (options.Value.WebhookSecret is { Length: > 0 } secret)
                {
                    request.Headers.Add(SignatureHeader, Sign(secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), json));
                }

                try
                {
                    var response = await http.SendAsync(request, token);
                    if (!response.IsSuccessStatusCode)
                    {
                        LogAttemptFailed(logger, url.Host, attempt, $"HTTP {(int)response.StatusCode}");
                    }

                    return response;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !token.IsCancellationRequested)
                {
                    LogAttemptFailed(logger, url.Host, attempt, e.Message);
                    throw;
                }
            }, cancellationToken);
            return (response.IsSuccessStatusCode, attempts);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            return (false, attempts);
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
