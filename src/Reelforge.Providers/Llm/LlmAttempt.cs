namespace Reelforge.Providers.Llm;

/// <summary>One attempt on one endpoint: its answer, or the failure the retry policy judges.</summary>
/// <param name="Secret">The endpoint's key, scrubbed from every reason that is logged or reported.</param>
internal sealed record LlmAttempt<T>(T? Value, Exception? Error, string? Secret = null)
    where T : class;
