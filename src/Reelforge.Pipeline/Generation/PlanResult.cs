using Reelforge.Core.Requests;
using Reelforge.Core.Writing;

namespace Reelforge.Pipeline.Generation;

/// <summary>What the Plan stage settled: the request with its scenes and terms, the social metadata, the LLM usage.</summary>
/// <param name="Draft">The script the writer wrote from the topic, or null when the user gave the script.</param>
internal sealed record PlanResult(VideoRequest Request, IReadOnlyList<SocialMetadata> Metadata, IReadOnlyList<LlmUsage> Usage, ScriptDraft? Draft = null);
