using Reelforge.Core.Requests;
using Reelforge.Media.Encoders;

namespace Reelforge.Pipeline.Render;

/// <summary>How the timeline is encoded.</summary>
public sealed record RenderSettings(string OutputPath, RenderQuality Quality)
{
    /// <summary>
    /// Above this many video inputs memory decides: ffmpeg keeps every decoder (and its frame pool) alive until the
    /// end, ~25 MB each at 1080x1920 with one thread and ~9 MB more per extra thread, so each gets one thread.
    /// </summary>
    public int ManyVideoInputs { get; init; } = 12;

    /// <summary>Threads per input video decoder: few inputs are live at once, and each thread holds frames in memory.</summary>
    public int DecoderThreads(int videoInputs) => MemoryBound(videoInputs) ? 1 : 2;

    /// <summary>Whether a render with this many video inputs is held to the memory budget rather than speed.</summary>
    public bool MemoryBound(int videoInputs) => videoInputs > ManyVideoInputs;

    /// <summary>
    /// x264's threads: its own choice (1.5 per core) unless memory decides, where one per core saves a frame and its
    /// lookahead copy per thread dropped (~20 MB at 1080x1920 on 2 cores).
    /// </summary>
    public int? EncoderThreads(int videoInputs) => MemoryBound(videoInputs) ? Math.Max(2, Environment.ProcessorCount) : null;

    /// <summary>
    /// x264's frame-type lookahead: its preset's unless memory decides, where 5 frames instead of veryfast's 10 keeps
    /// ~30 MB fewer frames at 1080x1920 (measured with 16 video inputs: peak RSS 1013 -> 980 MiB).
    /// </summary>
    public int? EncoderLookahead(int videoInputs) => MemoryBound(videoInputs) ? 5 : null;

    /// <summary>For diagnostics and tests: the output carries only the (ducked) music, not the voice.</summary>
    public bool MusicStemOnly { get; init; }

    /// <summary>The H.264 encoder; libx264 unless a hardware one was selected.</summary>
    public VideoEncoder Encoder { get; init; } = VideoEncoder.Libx264;

    /// <summary>
    /// The option that reads the filter graph from a file (<see cref="Media.Capabilities.MediaCapabilities.FilterGraphFileOption"/>):
    /// the graph of a long video is far past Linux's 128 KiB limit for one argument.
    /// </summary>
    public string GraphFileOption { get; init; } = "-filter_complex_script";

    /// <summary>Where the filter graph is written; beside the output by default.</summary>
    public string GraphPath => OutputPath + ".graph.txt";

    public EncoderQuality EncoderQuality => Quality switch
    {
        RenderQuality.Draft => EncoderQuality.Draft,
        RenderQuality.Standard => EncoderQuality.Standard,
        RenderQuality.High => EncoderQuality.High,
        _ => throw new ArgumentOutOfRangeException(nameof(Quality), Quality, "Unknown quality."),
    };

    /// <summary>The encoder's output arguments for this render, tuned for memory when there are many inputs.</summary>
    public IReadOnlyList<string> EncoderArguments(int fps, int videoInputs) =>
        Encoder.OutputArguments(EncoderQuality, fps, new EncoderTuning(EncoderThreads(videoInputs), EncoderLookahead(videoInputs)));
}
