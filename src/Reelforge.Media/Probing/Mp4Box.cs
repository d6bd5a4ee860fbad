namespace Reelforge.Media.Probing;

/// <summary>A top-level ISO-BMFF box: its four-character type, where it starts and how long it is.</summary>
public sealed record Mp4Box(string Type, long Offset, long Size);
