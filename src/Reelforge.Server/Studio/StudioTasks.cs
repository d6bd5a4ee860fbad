using System.Text;
using System.Text.Json;
using Reelforge.Data.Storage;
using Reelforge.Data.Tasks;
using Reelforge.Jobs.Tasks;
using Reelforge.Pipeline.Checkpoints;
using Reelforge.Server.Api;
using Reelforge.Server.Api.Contracts;
using Reelforge.Server.Studio.Settings;

namespace Reelforge.Server.Studio;

/// <summary>
/// What the Tasks and Gallery pages do with tasks, over the same dispatcher, store and submitter the REST API uses:
/// list, cancel, delete, retry (the same body again), read the ffmpeg log, and turn a task back into a form.
/// </summary>
public sealed class StudioTasks(TaskStore store, TaskDispatcher dispatcher, VideoSubmitter submitter, DataLayout layout)
{
    private const int LogTailBytes = 64 * 1024;

    public async Task<IReadOnlyList<VideoTask>> RecentAsync(int count, CancellationToken cancellationToken, TaskState? state = null)
    {
        var (tasks, _) = await store.ListAsync(1, count, cancellationToken, state);
        return tasks;
    }

    /// <summary>The newest <paramref name="count"/> tasks and how many there are in all.</summary>
    public Task<(IReadOnlyList<VideoTask> Tasks, int Total)> NewestAsync(int count, CancellationToken cancellationToken) =>
        store.ListAsync(1, count, cancellationToken);

    public Task<VideoTask?> CancelAsync(string id, CancellationToken cancellationToken) => dispatcher.CancelAsync(id, cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => dispatcher.DeleteAsync(id, cancellationToken);

    /// <summary>Submits the task's request again as a new task.</summary>
    public async Task<VideoTask> RetryAsync(VideoTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        return await submitter.SubmitAsync(ParamsOf(task), task.Kind, null, "", cancellationToken);
    }

    /// <summary>The form the task was made from, for "make another like this".</summary>
    public static VideoForm FormOf(VideoTask task) => VideoFormMapping.FromParams(ParamsOf(task));

    /// <summary>The task as the API shows it, with site-relative file URLs.</summary>
    public static TaskView ViewOf(VideoTask task) => TaskViews.From(task, "");

    public static TaskResult? ResultOf(VideoTask task) =>
        task?.ResultJson is null ? null : JsonSerializer.Deserialize<TaskResult>(task.ResultJson, StageCheckpointJson.Options);

    /// <summary>The end of the task's ffmpeg log(s), or null when none was written.</summary>
    public async Task<string?> FfmpegLogAsync(string taskId, CancellationToken cancellationToken)
    {
        var directory = layout.TaskDirectory(taskId);
        if (!Directory.Exists(directory))
        {
            return null;
        }

        var logs = Directory.EnumerateFiles(directory, "ffmpeg.log", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (logs.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var log in logs)
        {
            await using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (stream.Length > LogTailBytes)
            {
                stream.Seek(-LogTailBytes, SeekOrigin.End);
                text.AppendLine("…");
            }

            using var reader = new StreamReader(stream);
            text.AppendLine(await reader.ReadToEndAsync(cancellationToken));
        }

        return text.ToString();
    }

    private static VideoParams ParamsOf(VideoTask task) =>
        (task.ParamsJson is null ? null : JsonSerializer.Deserialize<VideoParams>(task.ParamsJson, ApiJson.Options))
        ?? throw new InvalidOperationException("This task has no stored request to make again.");
}
