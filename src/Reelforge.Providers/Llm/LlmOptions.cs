namespace Reelforge.Providers.Llm;

/// <summary>The "Llm" configuration section: the primary endpoint, its fallbacks and the retry policy.</summary>
public sealed class LlmOptions : LlmEndpointOptions
{
    public const string SectionName = "Llm";

    /// <summary>Tried in order when the primary endpoint keeps failing.</summary>
    public List<LlmEndpointOptions> Fallbacks { get; set; } = [];

    public LlmResilienceOptions Resilience { get; set; } = new();

    /// <summary>True when a provider is named at all (otherwise the offline keyword writer is used).</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Provider);

    /// <summary>
    /// A copy with the primary endpoint overridden (a command's --llm-provider, say); bound options are shared, so
    /// they are never changed in place. Another provider drops the configured model and URL: they belong to the other one.
    /// </summary>
    public LlmOptions WithEndpoint(string? provider, string? model, string? baseUrl)
    {
        var copy = (LlmOptions)MemberwiseClone();
        if (provider is not null)
        {
            if (!string.Equals(provider, Provider, StringComparison.OrdinalIgnoreCase))
            {
                copy.Model = null;
                copy.BaseUrl = null;
            }

            copy.Provider = provider;
        }

        copy.Model = model ?? copy.Model;
        copy.BaseUrl = baseUrl ?? copy.BaseUrl;
        return copy;
    }
}
