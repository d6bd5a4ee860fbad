using Microsoft.Playwright;

namespace Reelforge.Studio.Tests;

/// <summary>
/// The Tasks page's buttons and paging, on a server without a worker (tasks stay queued, nothing renders): cancel,
/// retry, delete, and "load more" beyond the newest 50.
/// </summary>
public sealed class TaskButtonsTests(QueueOnlyStudioServer server) : IClassFixture<QueueOnlyStudioServer>
{
    [Fact]
    public async Task Tasks_CancelShowsCancelled_RetryQueuesAgain_DeleteRemovesTheTaskAndItsFiles()
    {
        var id = (await StudioApi.SubmitScriptsAsync(server, ["Buttons are tested here."]))[0];
        var page = await server.OpenAsync("/tasks");
        var card = page.Locator($"[data-task-id='{id}']");
        await Assertions.Expect(card).ToHaveAttributeAsync("data-status", "queued");

        await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(card).ToHaveAttributeAsync("data-status", "cancelled");
        Assert.Equal("cancelled", (await StudioApi.TaskAsync(server, id)).GetProperty("status").GetString());

        // the retry is a new task at the top of the list (other tests of the class may have filled the page)
        await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Retry" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-task-id]").First).Not.ToHaveAttributeAsync("data-task-id", id);
        var retried = await page.Locator("[data-task-id]").First.GetAttributeAsync("data-task-id");
        Assert.NotEqual(id, retried);
        await Assertions.Expect(page.Locator($"[data-task-id='{retried}']")).ToHaveAttributeAsync("data-status", "queued");
        await StudioServer.ScreenshotAsync(page, "tasks-cancelled-retried");

        // A file in the task's folder stands for its outputs: delete takes the folder with it.
        var folder = Path.Combine(server.DataDirectory, "tasks", id);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "final-1.srt"), "1\n00:00:00,000 --> 00:00:01,000\nHi\n");
        await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Delete" }).ClickAsync();
        await Assertions.Expect(card).ToHaveCountAsync(0);
        Assert.False(Directory.Exists(folder), "the deleted task's folder is still there");
        Assert.Equal(System.Text.Json.JsonValueKind.Undefined, (await StudioApi.TaskAsync(server, id)).ValueKind);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Tasks_BeyondTheNewest50_LoadMoreShowsTheRest()
    {
        var first = await StudioApi.SubmitScriptsAsync(server, Enumerable.Range(1, 30).Select(i => $"Paging task number {i}.").ToList());
        var second = await StudioApi.SubmitScriptsAsync(server, Enumerable.Range(31, 30).Select(i => $"Paging task number {i}.").ToList());
        var page = await server.OpenAsync("/tasks");
        var total = first.Count + second.Count;
        await Assertions.Expect(page.Locator("[data-task-id]")).ToHaveCountAsync(50);
        await Assertions.Expect(page.Locator("#tasks-shown")).ToContainTextAsync("Showing 50 of");
        // the oldest of this test's tasks is beyond the first page
        await Assertions.Expect(page.Locator($"[data-task-id='{first[0]}']")).ToHaveCountAsync(0);

        await page.ClickAsync("#load-more");
        await Assertions.Expect(page.Locator($"[data-task-id='{first[0]}']")).ToHaveCountAsync(1);
        Assert.True(await page.Locator("[data-task-id]").CountAsync() >= total);
        await page.Context.CloseAsync();
    }
}
