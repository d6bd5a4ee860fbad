using System.Text.Json;
using Reelforge.Data.Tasks;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Tests.Contracts;

public sealed class TaskViewTests
{
    private const string Id = "6c85c8cc-a77a-42b9-bc30-947815aa0558";

    private static JsonElement Json(TaskView view) => JsonDocument.Parse(JsonSerializer.Serialize(view, ApiJson.Options)).RootElement;

    [Theory]
    [InlineData(TaskState.Queued, 4, "queued")]
    [InlineData(TaskState.Processing, 4, "processing")]
    [InlineData(TaskState.RetryWait, 4, "retry_wait")]
    [InlineData(TaskState.Complete, 1, "complete")]
    [InlineData(TaskState.Failed, -1, "failed")]
    [InlineData(TaskState.Cancelled, -1, "cancelled")]
    public void ForState_MapsOurStateOntoMptsNumber(TaskState state, int code, string status)
    {
        var view = TaskView.ForState(Id, state, 40);

        Assert.Equal(code, view.State);
        Assert.Equal(status, view.Status);
    }

    [Fact]
    public void ForState_Queued_ReportsProgressZero()
    {
        Assert.Equal(0, TaskView.ForState(Id, TaskState.Queued, 30).Progress);
    }

    [Fact]
    public void ForState_Failed_KeepsTheProgressReached()
    {
        Assert.Equal(55, TaskView.ForState(Id, TaskState.Failed, 55).Progress);
    }

    [Fact]
    public void ForState_Complete_ReportsOneHundred()
    {
        Assert.Equal(100, TaskView.ForState(Id, TaskState.Complete, 97).Progress);
    }

    [Fact]
    public void Serialize_Cancelled_SaysSo()
    {
        var json = Json(TaskView.ForState(Id, TaskState.Cancelled, 20));

        Assert.Equal(-1, json.GetProperty("state").GetInt32());
        Assert.True(json.GetProperty("cancelled").GetBoolean());
    }

    [Fact]
    public void Serialize_Processing_HasOnlyTheKeysKnownSoFar()
    {
        var json = Json(TaskView.ForState(Id, TaskState.Processing, 30) with { Stage = "narrate" });

        Assert.Equal(["task_id", "state", "progress", "status", "stage"], json.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Serialize_Complete_HasMptsResultFieldsAndOurs()
    {
        var view = TaskView.ForState(Id, TaskState.Complete, 100) with
        {
            Videos = [$"http://127.0.0.1:8080/tasks/{Id}/final-1.mp4"],
            CombinedVideos = [$"http://127.0.0.1:8080/tasks/{Id}/combined-1.mp4"],
            Script = "Hello.",
            Terms = ["sky"],
            AudioFile = "audio.mp3",
            AudioDuration = 12,
            SubtitlePath = "subtitle.srt",
            Stages = [new TaskStageView { Name = "plan", Done = true, Runs = 1, Seconds = 0.25 }],
            CreatedAt = new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        };

        var json = Json(view);

        Assert.Equal(1, json.GetProperty("state").GetInt32());
        Assert.Equal(100, json.GetProperty("progress").GetInt32());
        Assert.EndsWith("/final-1.mp4", json.GetProperty("videos")[0].GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/combined-1.mp4", json.GetProperty("combined_videos")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("audio.mp3", json.GetProperty("audio_file").GetString());
        Assert.Equal("subtitle.srt", json.GetProperty("subtitle_path").GetString());
        Assert.Equal(0.25, json.GetProperty("stages")[0].GetProperty("seconds").GetDouble());
        Assert.Equal("2025-01-02T03:04:05Z", json.GetProperty("created_at").GetString());
        Assert.False(json.TryGetProperty("cancelled", out _));
        Assert.False(json.TryGetProperty("error", out _));
    }

    [Fact]
    public void Serialize_TaskList_IsMptsPage()
    {
        var page = new TaskListView([TaskView.ForState(Id, TaskState.Queued, 0)], 1, 1, 10);

        var json = JsonDocument.Parse(JsonSerializer.Serialize(ApiEnvelope.Success(page), ApiJson.Options)).RootElement.GetProperty("data");

        Assert.Equal(["tasks", "total", "page", "page_size"], json.EnumerateObject().Select(p => p.Name));
    }
}
