namespace Reelforge.Data.Tasks;

/// <summary>How far a task goes: the whole video, or the staged variants that stop after narration or captions.</summary>
public enum TaskKind
{
    Video,
    Audio,
    Subtitle,
}
