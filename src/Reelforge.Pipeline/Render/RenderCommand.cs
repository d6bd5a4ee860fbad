namespace Reelforge.Pipeline.Render;

/// <summary>One ffmpeg invocation: its arguments (filter graph included) and the graph text for logs and tests.</summary>
public sealed record RenderCommand(IReadOnlyList<string> Arguments, string FilterGraph, double Duration);
