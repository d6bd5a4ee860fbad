using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;
using Reelforge.Providers.Resilience;

namespace Reelforge.Providers.Footage;

/// <summary>
/// Sends a provider's search requests with its API keys in turn: a key the provider refuses (401/403, or 429 when
/// its quota is spent) is set aside and the request repeated with the next; server errors and timeouts are retried by
/// the named policy <c>Resilience:Stock</c> (Retry-After honoured). Keys are never logged, only their position ("key #2").
/// </summary>
/// <remarks>
/// The key rotation sits outside the retry pipeline and the pipeline does not retry 429: the simplest design that keeps
/// "a 429 is this key's spent quota, use the next key" apart from "the server is busy, wait and ask again".
/// </remarks>
internal sealed class StockApiClient
{
    private readonly string _provider;
    private readonly HttpClient _http;
    private readonly ApiKeyRing _keys;
    private readonly StockOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;
    private readonly ILogger _logger;

    public StockApiClient(string provider, HttpClient http, ApiKeyRing keys, StockOptions options, RetryPolicy retry, TimeProvider time, ILogger logger)
    {
        _provider = provider;
        _http = http;
        _keys = keys;
        _options = options;
        _logger = logger;
        _retry = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTransientRetry(retry, time, logger, retryTooManyRequests: false)
            .Build();
    }

    /// <summary>The response body of a successful request built by <paramref name="buildRequest"/> for a key.</summary>
    public async Task<string> GetStringAsync(Func<string, HttpRequestMessage> buildRequest, CancellationToken cancellationToken)
    {
        if (_keys.Count == 0)
        {
            throw new StockFootageException($"No API key is configured for {_provider} (Footage:{_provider}:ApiKeys).");
        }

        while (_keys.Next() is { } key)
        {
            HttpResponseMessage response;
            string body;
            try
            {
                response = await _retry.ExecuteAsync(
                    async (state, token) =>
                    {
                        // Built afresh per attempt: a request message is sent once.
                        using var request = state.Client.NewRequest(state.BuildRequest, state.Key);
                        var answer = await state.Client._http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token);
                        await answer.Content.LoadIntoBufferAsync(token);
                        return answer;
                    },
                    (Client: this, BuildRequest: buildRequest, Key: key),
                    cancellationToken);
                body = await response.Content.ReadAsStringAsync(cancellationToken);
            }
            catch (Exception e) when (e is TimeoutRejectedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw new StockFootageException($"{_provider} search timed out.", e);
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

            throw new StockFootageException($"{_provider} search failed: HTTP {(int)response.StatusCode} {Truncate(body)}");
        }

        throw new StockFootageException($"Every {_provider} API key was refused (invalid or over quota) in this run.");
    }

    private HttpRequestMessage NewRequest(Func<string, HttpRequestMessage> buildRequest, string key)
    {
        var request = buildRequest(key);
        var url = request.RequestUri!;
        // the key travels with the request: never over plain http (loopback fakes excepted)
        if (url.Scheme != Uri.UriSchemeHttps && !(_options.AllowLoopbackForTests && url.IsLoopback))
        {
            request.Dispose();
            throw new StockFootageException($"{_provider} base URL must use https.");
        }

        return request;
    }

    // Pixabay answers a bad or missing key with 400 ("[ERROR 400] ... key ...") rather than 401.
    private static bool IsRefusedKey(HttpStatusCode status, string body) =>
        status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests
        || (status == HttpStatusCode.BadRequest && body.Contains("key", StringComparison.OrdinalIgnoreCase));

    private static string Truncate(string body) => body.Length <= 200 ? body : body[..200];
}
