using Microsoft.Extensions.AI;

namespace Reelforge.Providers.Llm;

/// <summary>A streamed answer that has begun: its first update (null when empty) and the rest still to read.</summary>
/// <param name="Cancellation">The attempt's time limit, which covers the whole streamed answer.</param>
internal sealed record LlmStreamStart(IAsyncEnumerator<ChatResponseUpdate> Enumerator, ChatResponseUpdate? First, CancellationTokenSource Cancellation);
