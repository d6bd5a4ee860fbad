namespace Reelforge.TestSupport;

/// <summary>How the hardware encoder of a <see cref="FakeHardwareFfmpeg"/> misbehaves.</summary>
public enum FakeEncoderBehaviour
{
    /// <summary>Every command using the encoder exits 1 as a machine without its driver does ("Cannot load libcuda.so.1").</summary>
    ProbeFails,

    /// <summary>
    /// One-frame tests (<c>-frames:v 1</c>) succeed (a real libx264 one-frame encode stands in), so the encoder is
    /// selected; every other command using it (a real render) fails part-way: it leaves a partial output file and exits 1
    /// with "EncodePicture failed!".
    /// </summary>
    FailsMidTask,
}
