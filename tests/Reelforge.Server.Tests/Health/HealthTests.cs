using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Reelforge.Server.Tests.Support;

namespace Reelforge.Server.Tests.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task Ready_WithEverythingUp_Is200AndListsEachCheckAsHealthy()
    {
        await using var factory = new ReelforgeApiFactory(runWorker: false);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal(["database", "disk", "media_tools", "scheduler"], checks.Keys.Order(StringComparer.Ordinal));
        Assert.All(checks.Values, s => Assert.Equal("healthy", s));
    }

    [Fact]
    public async Task Ready_WithLessFreeDiskThanTheThreshold_Is503NamingTheDisk()
    {
        await using var factory = new ReelforgeApiFactory(new Dictionary<string, string?> { ["Server:MinFreeDiskMegabytes"] = long.MaxValue.ToString() }, runWorker: false);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        var disk = body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "disk");
        Assert.Equal("unhealthy", disk.GetProperty("status").GetString());
        Assert.Contains("MB free", disk.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_WhenTheDatabaseIsGone_Is503NamingTheDatabase()
    {
        await using var factory = new ReelforgeApiFactory(runWorker: false);
        using var client = factory.CreateClient();
        foreach (var file in Directory.GetFiles(factory.DataDirectory, "reelforge.db*"))
        {
            File.Delete(file);
        }

        // Pooled connections would keep reading the deleted file; drop them so the next query opens a fresh, empty one.
        SqliteConnection.ClearAllPools();

        var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var database = body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "database");
        Assert.Equal("unhealthy", database.GetProperty("status").GetString());
    }

    [Fact]
    public async Task HealthRoutes_WithAnApiKeyConfigured_NeedNoKeyWhileTheApiDoes()
    {
        await using var factory = new ReelforgeApiFactory(new Dictionary<string, string?> { ["Server:ApiKeys:0"] = "sekrit" }, runWorker: false);
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/musics")).StatusCode);
    }

    [Fact]
    public async Task Live_AnswersWithoutRunningTheReadinessChecks()
    {
        await using var factory = new ReelforgeApiFactory(new Dictionary<string, string?> { ["Server:MinFreeDiskMegabytes"] = long.MaxValue.ToString() }, runWorker: false);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").EnumerateArray());
    }
}
