namespace Reelforge.Pipeline.Captions;

/// <summary>Where the Caption stage writes the captions in a work directory: ASS for burning in, SRT and VTT as sidecars.</summary>
internal sealed record CaptionFiles(string Ass, string Srt, string Vtt)
{
    public static CaptionFiles In(string workDirectory) => new(
        Path.Combine(workDirectory, "captions.ass"),
        Path.Combine(workDirectory, "captions.srt"),
        Path.Combine(workDirectory, "captions.vtt"));
}
