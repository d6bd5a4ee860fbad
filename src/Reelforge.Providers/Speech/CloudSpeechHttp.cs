using System.Net;
using Microsoft.Extensions.Logging;
using Reelforge.Providers.Resilience;

namespace Reelforge.Providers.Speech;

/// <summary>
/// Sends a cloud speech engine's requests and turns failures into sentences a user can act on. A refused key or a bad
/// request is a <see cref="SpeechSynthesisException"/> (retrying will not help); 429, 5xx, timeouts and network
/// failures are retried briefly (honouring Retry-After) and then surface as <see cref="HttpRequestException"/> or
/// <see cref="TimeoutException"/>, which the job runner treats as transient, like the LLM clients' failures.
/// The key is never logged and is scrubbed from any message the service sends back.
/// </summary>
internal sealed class CloudSpeechHttp
{
    /// <summary>The backoff between attempts (the number of retries is each engine's MaxRetries setting).</summary>
    private static readonly RetryPolicy Retry = new() { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30) };

    private readonly string _service;
    private readonly string _keySetting;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <param name="service">How messages name the service ("OpenAI speech").</param>
    /// <param name="keySetting">The setting holding the key, named when it is refused.</param>
    public CloudSpeechHttp(string service, string keySetting, HttpClient http, TimeProvider time, ILogger logger)
    {
        _service = service;
        _keySetting = keySetting;
        _http = http;
        _time = time;
        _logger = logger;
    }

    /// <summary>One shared client; timeouts are per request.</summary>
    public static HttpClient CreateHttpClient() => new() { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>The server root with a trailing slash, a trailing "/v1" removed (requests add it).</summary>
    public static Uri Root(string baseUrl)
    {
        var text = baseUrl.Trim().TrimEnd('/');
        if (text.EndsWith("/v1", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^3];
        }

        return new Uri(text + "/");
    }

    public static bool IsHttpUrl(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The body of a successful answer to the request <paramref name="build"/> makes (called once per attempt).</summary>
    /// <param name="readError">The service's own error message in an error body, or null.</param>
    public async Task<(byte[] Body, string? ContentType)> SendAsync(
        Func<HttpRequestMessage> build, string apiKey, int maxRetries, TimeSpan timeout, Func<string, string?> readError, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan? retryAfter = null;
            Uri? url = null;
            Exception failure;
            using (var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeoutSource.CancelAfter(timeout);
                try
                {
                    using var request = build();
                    url = request.RequestUri;
                    using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeoutSource.Token);
                    var body = await response.Content.ReadAsByteArrayAsync(timeoutSource.Token);
                    if (response.IsSuccessStatusCode)
                    {
                        return (body, response.Content.Headers.ContentType?.MediaType);
                    }

                    var status = (int)response.StatusCode;
                    var detail = Scrub(ReadErrorSafely(readError, body), apiKey);
                    failure = Describe(status, detail);
                    if (failure is not HttpRequestException)
                    {
                        throw failure;
                    }

                    retryAfter = TransientFailure.ReadRetryAfter(response.Headers, _time);
                }
                catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = new TimeoutException($"{_service} did not answer within {timeout.TotalSeconds:0} s.", e);
                }
                catch (HttpRequestException e) when (e.StatusCode is null)
                {
                    failure = new HttpRequestException($"{_service} at {url?.Authority} could not be reached: {Scrub(e.Message, apiKey)}", e);
                }
            }

            // A server that asks for a longer wait than the policy allows is not waited for: the task is retried later instead.
            if (attempt >= maxRetries || retryAfter > Retry.MaxDelay)
            {
                throw failure;
            }

            var delay = Retry.DelayFor(attempt, retryAfter);

            _logger.LogWarning("{Service} failed ({Reason}); retrying in {Seconds:0.#} s", _service, failure.Message, delay.TotalSeconds);
            await Task.Delay(delay, _time, cancellationToken);
        }
    }

    private Exception Describe(int status, string? detail)
    {
        var said = string.IsNullOrWhiteSpace(detail) ? string.Empty : $": {detail}";
        if (status is 401 or 403)
        {
            return new SpeechSynthesisException($"The {_service} key was refused (HTTP {status}{said}); check {_keySetting}.");
        }

        if (status == 429)
        {
            return new HttpRequestException($"{_service} is rate limited or out of quota (HTTP 429{said}); try again later.", null, HttpStatusCode.TooManyRequests);
        }

        return TransientFailure.IsTransientStatus(status)
            ? new HttpRequestException($"{_service} failed (HTTP {status}{said}).", null, (HttpStatusCode)status)
            : new SpeechSynthesisException($"{_service} refused the request (HTTP {status}{said}).");
    }

    private static string? ReadErrorSafely(Func<string, string?> readError, byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        try
        {
            var message = readError(text);
            if (message is not null)
            {
                return Shorten(message);
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // not JSON: a proxy's page, say
        }

        return text.TrimStart().StartsWith('<') ? null : Shorten(text);
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 300 ? line : line[..300] + "…";
    }

    private static string? Scrub(string? text, string apiKey) =>
        text is null || apiKey.Length < 4 ? text : text.Replace(apiKey, "***", StringComparison.Ordinal);
}
