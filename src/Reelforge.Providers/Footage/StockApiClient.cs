using System.Net;
using Microsoft.Extensions.Logging;
using Reelforge.Providers.Resilience;

namespace Reelforge.Providers.Footage;

/// <summary>
/// Sends a provider's search requests with its API keys in turn: a key the provider refuses (401/403, or 429 when
/// its quota is spent) is set aside and the request repeated with the next; server errors are retried briefly.
/// Keys are never logged, only their position ("key #2").
/// </summary>
internal sealed class StockApiClient
{
    private readonly string _provider;
    private readonly HttpClient _http;
    private readonly ApiKeyRing _keys;
    private readonly StockOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public StockApiClient(string provider, HttpClient http, ApiKeyRing keys, StockOptions options, TimeProvider time, ILogger logger)
    {
        _provider = provider;
        _http = http;
        _keys = keys;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>The response body of a successful request built by <paramref name="buildRequest"/> for a key.</summary>
    public async Task<string> GetStringAsync(Func<string, HttpRequestMessage> buildRequest, CancellationToken cancellationToken)
    {
        if (_keys.Count == 0)
        {
            throw new StockFootageException($"No API key is configured for {_provider} (Footage:{_provider}:ApiKeys).");
        }

        var serverErrors = 0;
        while (_keys.Next() is { } key)
        {
            using var request = buildRequest(key);
            var url = request.RequestUri!;
            // the key travels with the request: never over plain http (loopback fakes excepted)
            if (url.Scheme != Uri.UriSchemeHttps && !(_options.AllowLoopbackForTests && url.IsLoopback))
            {
                throw new StockFootageException($"{_provider} base URL must use https.");
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.RequestTimeout);
            HttpResponseMessage response;
            string body;
            try
            {
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
                body = await response.Content.ReadAsStringAsync(timeout.Token);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new StockFootageException($"{_provider} search timed out after {_options.RequestTimeout}.", e);
            }
            catch (HttpRequestException e)
            {
                throw new StockFootageException($"{_provider} search failed: {e.Message}", e);
            }

            using var disposeResponse = response;
            if (response.IsSuccessStatusCode)
            {
                return body;
            }

            if (IsRefusedKey(response.StatusCode, body))
            {
                _keys.SetAside(key);
                _logger.LogWarning("{Provider} refused {Key} with {Status}; setting it aside for this run ({Left} left)",
                    _provider, _keys.Describe(key), (int)response.StatusCode, _keys.Available);
                continue;
            }

            // 429 is a spent key's quota (set aside above), so only server errors and timeouts are waited out here.
            var retry = _options.SearchRetry;
            if (TransientFailure.IsTransient(response) && serverErrors < retry.MaxRetries)
            {
                var delay = retry.DelayFor(serverErrors++, TransientFailure.ReadRetryAfter(response.Headers, _time));
                _logger.LogWarning("{Provider} search failed with {Status}; retrying in {DelayMs} ms", _provider, (int)response.StatusCode, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, _time, cancellationToken);
                continue;
            }

            throw new StockFootageException($"{_provider} search failed: HTTP {(int)response.StatusCode} {Truncate(body)}");
        }

        throw new StockFootageException($"Every {_provider} API key was refused (invalid or over quota) in this run.");
    }

    // Pixabay answers a bad or missing key with 400 ("[ERROR 400] ... key ...") rather than 401.
    private static bool IsRefusedKey(HttpStatusCode status, string body) =>
        status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests
        || (status == HttpStatusCode.BadRequest && body.Contains("key", StringComparison.OrdinalIgnoreCase));

    private static string Truncate(string body) => body.Length <= 200 ? body : body[..200];
}
