using System.Net;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using Reelforge.Providers.Resilience;

namespace Reelforge.Providers.Speech;

/// <summary>
/// Sends a cloud speech engine's requests and turns failures into sentences a user can act on. A refused key or a bad
/// request is a <see cref="SpeechSynthesisException"/> (retrying will not help); 429, 5xx, timeouts and network
/// failures are retried briefly by the client's retry pipeline (<see cref="TransientRetryPipeline"/>, honouring Retry-After)
/// and then surface as <see cref="HttpRequestException"/> or
/// <see cref="TimeoutException"/>, which the job runner treats as transient, like the LLM clients' failures.
/// The key is never logged and is scrubbed from any message the service sends back.
/// </summary>
internal sealed class CloudSpeechHttp
{
    /// <summary>The backoff between attempts of an engine used without the host (the number of retries is each engine's MaxRetries setting).</summary>
    public static RetryPolicy DefaultRetry => new() { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30) };

    private readonly string _service;
    private readonly string _keySetting;
    private readonly HttpClient _http;

    /// <param name="service">How messages name the service ("OpenAI speech").</param>
    /// <param name="keySetting">The setting holding the key, named when it is refused.</param>
    /// <param name="http">A client with a retry pipeline (<see cref="CreateHttpClient"/>, or the host's "speech" client).</param>
    public CloudSpeechHttp(string service, string keySetting, HttpClient http)
    {
        _service = service;
        _keySetting = keySetting;
        _http = http;
    }

    /// <summary>A client with the speech retry pipeline, for an engine used without the host (which gives its "speech" client).</summary>
    public static HttpClient CreateHttpClient(TimeProvider? time = null, ILogger? logger = null) =>
        TransientRetryPipeline.CreateClient(DefaultRetry, time ?? TimeProvider.System, logger);

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

    /// <summary>The body of a successful answer to the request <paramref name="build"/> makes.</summary>
    /// <param name="maxRetries">This engine's retries of transient failures; the client's retry pipeline waits them out.</param>
    /// <param name="timeout">How long one attempt may take.</param>
    /// <param name="readError">The service's own error message in an error body, or null.</param>
    public async Task<(byte[] Body, string? ContentType)> SendAsync(
        Func<HttpRequestMessage> build, string apiKey, int maxRetries, TimeSpan timeout, Func<string, string?> readError, CancellationToken cancellationToken)
    {
        using var request = build();
        request.Options.Set(TransientRetryPipeline.MaxRetriesKey, maxRetries);
        request.Options.Set(TransientRetryPipeline.AttemptTimeoutKey, timeout);
        var url = request.RequestUri;
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return (body, response.Content.Headers.ContentType?.MediaType);
            }

            throw Describe((int)response.StatusCode, Scrub(ReadErrorSafely(readError, body), apiKey));
        }
        catch (TimeoutRejectedException e)
        {
            throw new TimeoutException($"{_service} did not answer within {timeout.TotalSeconds:0} s.", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{_service} did not answer within {timeout.TotalSeconds:0} s.", e);
        }
        catch (HttpRequestException e) when (e.StatusCode is null)
        {
            throw new HttpRequestException($"{_service} at {url?.Authority} could not be reached: {Scrub(e.Message, apiKey)}", e);
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
