using Microsoft.Extensions.AI;

namespace Reelforge.Providers.Llm;

/// <summary>One endpoint in the fallback chain.</summary>
/// <param name="Secret">Only used to scrub error messages before they are logged or thrown.</param>
public sealed record LlmRoute(string Provider, string Model, IChatClient Client, TimeSpan Timeout, string? Secret = null)
{
    public string Name => $"{Provider}/{Model}";

    public override string ToString() => Name;
}
