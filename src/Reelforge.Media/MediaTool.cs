namespace Reelforge.Media;

/// <summary>The two executables Reelforge is allowed to start.</summary>
public enum MediaTool
{
    Ffmpeg,
    Ffprobe,
}
