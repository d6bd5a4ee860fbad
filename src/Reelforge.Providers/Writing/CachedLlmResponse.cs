namespace Reelforge.Providers.Writing;

/// <summary>One stored LLM answer (the text that parsed, and what producing it cost).</summary>
public sealed record CachedLlmResponse(string Text, string Provider, string Model, long? InputTokens, long? OutputTokens);
