using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Reelforge.Server.Tests.Support;

namespace Reelforge.Server.Tests.Health;

/// <summary>One error shape per surface: MoneyPrinterTurbo's envelope under /api/v1, RFC 7807 problem details elsewhere.</summary>
public sealed class ErrorShapeTests
{
    [Fact]
    public async Task UnknownRoute_UnderApiV1_IsTheEnvelope_AndElsewhereProblemDetails()
    {
        await using var factory = new ReelforgeApiFactory(runWorker: false);
        using var client = factory.CreateClient();

        using var api = await client.GetAsync("/api/v1/nothing-here");
        using var other = await client.GetAsync($"/tasks/{Guid.NewGuid()}/final-1.mp4");

        Assert.Equal((HttpStatusCode.NotFound, "application/json"), (api.StatusCode, api.Content.Headers.ContentType?.MediaType));
        var envelope = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((404, "/api/v1/nothing-here: not found"), (envelope.GetProperty("status").GetInt32(), envelope.GetProperty("message").GetString()));
        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (other.StatusCode, other.Content.Headers.ContentType?.MediaType));
        var problem = await other.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Not Found", problem.GetProperty("title").GetString());
        Assert.EndsWith("/final-1.mp4: file not found", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingApiKey_OutsideApiV1_IsA401ProblemDetails()
    {
        await using var factory = new ReelforgeApiFactory(new Dictionary<string, string?> { ["Server:ApiKeys:0"] = "rf-key-errors" }, runWorker: false);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/metrics");

        Assert.Equal((HttpStatusCode.Unauthorized, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Contains("X-API-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
