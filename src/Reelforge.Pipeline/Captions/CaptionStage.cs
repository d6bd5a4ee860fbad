using Reelforge.Core.Captions;
using Reelforge.Core.Requests;
using Reelforge.Pipeline.Generation;
using Reelforge.Pipeline.Narration;

namespace Reelforge.Pipeline.Captions;

/// <summary>
/// The Caption stage: cues laid out with real font metrics from the narration's word timings, written as ASS, SRT
/// and VTT into the work directory (see <see cref="CaptionFiles"/>), whether or not they are burnt in.
/// </summary>
internal sealed class CaptionStage : IVideoStage<NarratedScript, IReadOnlyList<CaptionCue>>
{
    public StageName Name => StageName.Caption;

    public async Task<IReadOnlyList<CaptionCue>> RunAsync(NarratedScript input, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var style = input.Request.Captions;
        var size = input.Request.Format.Size;
        var files = CaptionFiles.In(context.WorkDirectory);
        using var measurer = new SkiaTextMeasurer();
        var cues = CaptionCueBuilder.Build(input.Narration, style, size, measurer);
        await File.WriteAllTextAsync(files.Ass, AssWriter.Write(cues, style, size, measurer.LineHeight(style.FontFamily, 1)), cancellationToken);
        await File.WriteAllTextAsync(files.Srt, SrtWriter.Write(cues), cancellationToken);
        await File.WriteAllTextAsync(files.Vtt, VttWriter.Write(cues), cancellationToken);
        return cues;
    }
}
