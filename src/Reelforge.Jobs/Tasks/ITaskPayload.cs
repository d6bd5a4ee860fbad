using Reelforge.Data.Tasks;

namespace Reelforge.Jobs.Tasks;

/// <summary>The JSON a finished task's webhook carries; the server supplies its API's task view.</summary>
public interface ITaskPayload
{
    string Write(VideoTask task);
}
