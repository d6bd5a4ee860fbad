using Reelforge.Core.Requests;
using Reelforge.Core.Writing;

namespace Reelforge.Pipeline.Generation;

/// <summary>What the Plan stage settled: the request with its scenes and terms, the social metadata, the LLM usage.</summary>
internal sealed record PlanResult(VideoRequest Request, IReadOnlyList<SocialMetadata> Metadata, IReadOnlyList<LlmUsage> Usage);
