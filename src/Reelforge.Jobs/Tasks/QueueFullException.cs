namespace Reelforge.Jobs.Tasks;

/// <summary>The queue is at its limit (Jobs:MaxQueued); the submission is refused, to be tried again later.</summary>
public sealed class QueueFullException(int limit) : Exception($"The queue is full ({limit} tasks waiting); try again later.")
{
    public int Limit => limit;
}
