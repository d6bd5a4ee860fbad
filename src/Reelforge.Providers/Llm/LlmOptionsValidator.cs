namespace Reelforge.Providers.Llm;

/// <summary>Checks the "Llm" section before anything is called; messages name the setting to fix.</summary>
public static class LlmOptionsValidator
{
    /// <summary>All problems with the primary endpoint and its fallbacks; empty when valid or when no provider is set.</summary>
    public static IReadOnlyList<string> Validate(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            return options.Fallbacks.Count > 0 ? ["Llm:Fallbacks are set but Llm:Provider is not."] : [];
        }

        var errors = new List<string>(ValidateEndpoint(options, "Llm"));
        for (var i = 0; i < options.Fallbacks.Count; i++)
        {
            errors.AddRange(ValidateEndpoint(options.Fallbacks[i], $"Llm:Fallbacks:{i}"));
        }

        if (options.Resilience.MaxRetries < 0)
        {
            errors.Add("Llm:Resilience:MaxRetries must be 0 or more.");
        }

        return errors;
    }

    /// <summary>Throws <see cref="LlmConfigurationException"/> when <see cref="Validate"/> finds problems.</summary>
    public static void ThrowIfInvalid(LlmOptions options)
    {
        var errors = Validate(options);
        if (errors.Count > 0)
        {
            throw new LlmConfigurationException(errors);
        }
    }

    internal static List<string> ValidateEndpoint(LlmEndpointOptions options, string path)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Provider))
        {
            errors.Add($"{path}:Provider is required; known providers: {string.Join(", ", LlmProviderPresets.Names)}.");
            return errors;
        }

        if (!LlmProviderPresets.TryGet(options.Provider, out var preset))
        {
            errors.Add($"{path}:Provider '{options.Provider}' is unknown; known providers: {string.Join(", ", LlmProviderPresets.Names)}.");
            return errors;
        }

        var baseUrl = string.IsNullOrWhiteSpace(options.BaseUrl) ? preset.BaseUrl : options.BaseUrl;
        if (baseUrl is null)
        {
            errors.Add(preset.Kind == LlmProviderKind.AzureOpenAi
                ? $"{path}:BaseUrl is required for azure (https://YOUR-RESOURCE.openai.azure.com)."
                : $"{path}:BaseUrl is required for {preset.Name}.");
        }
        else if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"{path}:BaseUrl '{baseUrl}' is not an absolute http(s) URL.");
        }

        if (preset.DefaultModel is null && string.IsNullOrWhiteSpace(options.Model) && string.IsNullOrWhiteSpace(options.Deployment))
        {
            errors.Add(preset.Kind == LlmProviderKind.AzureOpenAi
                ? $"{path}:Deployment (or Model) is required for azure."
                : $"{path}:Model is required for {preset.Name}.");
        }

        if (preset.RequiresApiKey && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            errors.Add($"{path}:ApiKey is required for {preset.Name} (set Reelforge__{path.Replace(":", "__", StringComparison.Ordinal)}__ApiKey).");
        }

        if (options.TimeoutSeconds <= 0)
        {
            errors.Add($"{path}:TimeoutSeconds must be positive.");
        }

        return errors;
    }
}
