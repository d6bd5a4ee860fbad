using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Reelforge.Data.Tasks;
using Reelforge.Server.Tests.Api;
using Reelforge.Server.Tests.Support;

namespace Reelforge.Server.Tests.Tasks;

/// <summary>A task waiting to retry: MPT clients see it processing, the API names it, and a cancel finishes it at once.</summary>
public sealed class RetryWaitApiTests
{
    [Fact]
    public async Task RetryWaitingTask_IsProcessingForMpt_ListedByItsName_AndCancelledAtOnce()
    {
        await using var factory = new ReelforgeApiFactory(runWorker: false);
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<TaskStore>();
        var task = new VideoTask { Id = Guid.NewGuid().ToString(), RequestJson = "{}", State = TaskState.RetryWait, Progress = 35, Error = "overloaded (trying again in 5 s)" };
        await store.AddAsync(task, CancellationToken.None);

        var waiting = await ApiCalls.GetTaskAsync(client, task.Id);
        var (listStatus, list) = await ApiCalls.SendAsync(client, HttpMethod.Get, "/api/v1/tasks?status=retry_wait");
        var (cancelStatus, cancelled) = await ApiCalls.SendAsync(client, HttpMethod.Post, $"/api/v1/tasks/{task.Id}/cancel");

        Assert.Equal((4, "retry_wait", 35), (waiting.GetProperty("state").GetInt32(), ApiCalls.Status(waiting), waiting.GetProperty("progress").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, listStatus);
        Assert.Equal(task.Id, Assert.Single(list.GetProperty("data").GetProperty("tasks").EnumerateArray()).GetProperty("task_id").GetString());
        Assert.Equal(HttpStatusCode.OK, cancelStatus);
        Assert.Equal((-1, "cancelled"), (cancelled.GetProperty("data").GetProperty("state").GetInt32(), ApiCalls.Status(cancelled.GetProperty("data"))));
        var stored = (await store.FindAsync(task.Id, CancellationToken.None))!;
        Assert.Equal((TaskState.Cancelled, 1, true), (stored.State, stored.Version, stored.CancelRequested));
    }
}
