namespace Reelforge.Media.Loudness;

/// <summary>
/// First-pass figures from <c>loudnorm=print_format=json</c>; fed back as measured_I/TP/LRA/thresh and
/// offset, they let a second pass normalise linearly instead of with the dynamic compressor.
/// </summary>
public sealed record LoudnormAnalysis(
    double InputIntegratedLufs,
    double InputTruePeakDbtp,
    double InputLoudnessRangeLu,
    double InputThresholdLufs,
    double TargetOffsetLu);
