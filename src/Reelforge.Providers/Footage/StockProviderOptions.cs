namespace Reelforge.Providers.Footage;

/// <summary>One stock provider's account settings (configuration "Footage:Pexels" or "Footage:Pixabay").</summary>
public sealed class StockProviderOptions
{
    /// <summary>API keys, used round-robin; a key refused (401/403/429) is set aside for the rest of the run.</summary>
    public IList<string> ApiKeys { get; set; } = [];

    public Uri? BaseUrl { get; set; }
}
