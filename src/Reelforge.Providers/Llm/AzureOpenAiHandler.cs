using System.Net.Http.Headers;

namespace Reelforge.Providers.Llm;

/// <summary>
/// Turns the OpenAI SDK's requests into Azure OpenAI's shape: the api-version query parameter and an
/// api-key header instead of a bearer token (the deployment is already in the base URL).
/// </summary>
internal sealed class AzureOpenAiHandler(string apiVersion, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && !uri.Query.Contains("api-version=", StringComparison.Ordinal))
        {
            var separator = string.IsNullOrEmpty(uri.Query) ? "?" : "&";
            request.RequestUri = new Uri(uri + separator + "api-version=" + Uri.EscapeDataString(apiVersion));
        }

        if (request.Headers.Authorization is AuthenticationHeaderValue { Scheme: "Bearer", Parameter: { } key })
        {
            request.Headers.Authorization = null;
            request.Headers.TryAddWithoutValidation("api-key", key);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
