using System.Text.Json;
using Reelforge.Providers.Resilience;

namespace Reelforge.Providers.Llm;

/// <summary>
/// Under the Anthropic SDK: turns an error status into <see cref="LlmHttpException"/> with the server's
/// Retry-After (the SDK's exceptions carry the status but not the response headers).
/// </summary>
internal sealed class AnthropicErrorHandler(TimeProvider time, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new LlmHttpException(
                $"Anthropic answered {(int)response.StatusCode}: {ErrorMessage(body)}",
                (int)response.StatusCode,
                TransientFailure.ReadRetryAfter(response.Headers, time));
        }
    }

    private static string ErrorMessage(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("message", out var message))
            {
                return message.GetString() ?? string.Empty;
            }
        }
        catch (JsonException)
        {
        }

        return body.Length > 300 ? body[..300] : body;
    }
}
