namespace Reelforge.Media.Loudness;

/// <summary>The EBU R128 summary ffmpeg's ebur128 filter prints at the end of a run.</summary>
/// <param name="IntegratedLufs">Programme loudness (I); -70 for silence.</param>
/// <param name="LoudnessRangeLu">Loudness range (LRA) in LU.</param>
/// <param name="TruePeakDbfs">True peak; negative infinity for digital silence.</param>
public sealed record LoudnessMeasurement(
    double IntegratedLufs,
    double IntegratedThresholdLufs,
    double LoudnessRangeLu,
    double LoudnessRangeLowLufs,
    double LoudnessRangeHighLufs,
    double? TruePeakDbfs);
