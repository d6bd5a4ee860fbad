using Reelforge.Core.Narration;
using Reelforge.Core.Requests;

namespace Reelforge.Pipeline.Narration;

/// <summary>The planned request with its narration: what the Caption and Gather stages work from.</summary>
internal sealed record NarratedScript(VideoRequest Request, NarrationTrack Narration);
