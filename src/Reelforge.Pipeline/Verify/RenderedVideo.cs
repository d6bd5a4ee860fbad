using Reelforge.Core.Timeline;

namespace Reelforge.Pipeline.Verify;

/// <summary>A rendered file and the timeline it was rendered from: what the Verify stage checks.</summary>
internal sealed record RenderedVideo(string Path, VideoTimeline Timeline);
