using Reelforge.Core.Narration;

namespace Reelforge.Pipeline.Generation;

/// <summary>What the Narrate stage settled: the narration, and the plan as it stands after any shortening.</summary>
internal sealed record NarrateOutcome(NarrationTrack Track, PlanResult Plan);
