using Reelforge.Core.Requests;
using Reelforge.Media.Probing;
using Reelforge.Pipeline.Generation;

namespace Reelforge.Pipeline.Verify;

/// <summary>The Verify stage: the rendered file is probed and checked against its timeline (see <see cref="OutputVerifier"/>).</summary>
internal sealed class VerifyStage(FfprobeClient probe) : IVideoStage<RenderedVideo, ProbeResult>
{
    public StageName Name => StageName.Verify;

    public Task<ProbeResult> RunAsync(RenderedVideo input, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new OutputVerifier(probe).VerifyAsync(input.Path, input.Timeline, cancellationToken);
    }
}
