namespace Reelforge.Core.Writing;

/// <summary>Token usage of one LLM call (for the manifest).</summary>
public sealed record LlmUsage(string Provider, string Model, string Purpose, long? InputTokens, long? OutputTokens, bool Cached);
