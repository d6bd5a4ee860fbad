using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Reelforge.Data.Tasks;
using Reelforge.Jobs.Production;
using Reelforge.Jobs.Tasks;
using Reelforge.Pipeline.Generation;
using Reelforge.Providers.Footage;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Api;

/// <summary>Submitting work: <c>POST /api/v1/videos</c>, <c>/audio</c>, <c>/subtitle</c> and <c>/videos/batch</c>.</summary>
public static class VideoEndpoints
{
    public static RouteGroupBuilder MapVideoEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/videos", (HttpContext http, VideoSubmitter submitter, CancellationToken ct) => SubmitAsync(http, submitter, TaskKind.Video, ct))
            .WithName("CreateVideo").WithSummary("Make a video from a topic, a script or scenes (returns the task id).").Accepts<VideoParams>("application/json");
        api.MapPost("/audio", (HttpContext http, VideoSubmitter submitter, CancellationToken ct) => SubmitAsync(http, submitter, TaskKind.Audio, ct))
            .WithName("CreateAudio").WithSummary("Narrate only: the task stops after the narration.").Accepts<VideoParams>("application/json");
        api.MapPost("/subtitle", (HttpContext http, VideoSubmitter submitter, CancellationToken ct) => SubmitAsync(http, submitter, TaskKind.Subtitle, ct))
            .WithName("CreateSubtitle").WithSummary("Narrate and caption: the task stops after the captions.").Accepts<VideoParams>("application/json");
        api.MapPost("/videos/batch", SubmitBatchAsync)
            .WithName("CreateVideoBatch").WithSummary("Many videos in one call: items, or topics/scripts with shared defaults.").Accepts<BatchParams>("application/json");
        return api;
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, VideoSubmitter submitter, TaskKind kind, CancellationToken cancellationToken)
    {
        var (body, error) = await ReadAsync<VideoParams>(http.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        return await GuardAsync(async () =>
        {
            var task = await submitter.SubmitAsync(body!, kind, null, "", cancellationToken);
            return ApiResults.Ok(new TaskCreatedView(task.Id));
        });
    }

    private static async Task<IResult> SubmitBatchAsync(HttpContext http, VideoSubmitter submitter, CancellationToken cancellationToken)
    {
        var (body, error) = await ReadAsync<BatchParams>(http.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var items = body!.Expand();
        if (items.Count == 0)
        {
            return ApiResults.Invalid(new ApiValidationException("items", "The batch is empty: give items, topics or scripts."));
        }

        if (items.Count > BatchParams.MaxItems)
        {
            return ApiResults.Invalid(new ApiValidationException("items", $"A batch holds at most {BatchParams.MaxItems} videos, not {items.Count}."));
        }

        return await GuardAsync(async () =>
        {
            var tasks = await submitter.SubmitBatchAsync(items, cancellationToken);
            return ApiResults.Ok(new { batch_id = tasks[0].BatchId, task_ids = tasks.Select(t => t.Id).ToList() });
        });
    }

    /// <summary>Reads a JSON body; a malformed one is a 400 that says where it broke.</summary>
    internal static async Task<(T? Body, IResult? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, ApiResults.Error(415, "Send the request body as JSON (Content-Type: application/json)."));
        }

        try
        {
            var body = await request.ReadFromJsonAsync<T>(ApiJson.Options, cancellationToken);
            return body is null ? (null, ApiResults.Error(400, "The request body is empty.")) : (body, null);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path ? $" at {path.TrimStart('$', '.')}" : string.Empty;
            return (null, ApiResults.Error(400, $"The request body is not valid JSON{field}."));
        }
    }

    /// <summary>The request's own errors as 4xx: invalid fields 422, a full queue 429.</summary>
    internal static async Task<IResult> GuardAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (ApiValidationException e)
        {
            return ApiResults.Invalid(e);
        }
        catch (InvalidRequestException e)
        {
            return Results.Json(new ApiErrorEnvelope(ApiEnvelope.UnprocessableStatus, e.Message), ApiJson.Options, statusCode: ApiEnvelope.UnprocessableStatus);
        }
        catch (QueueFullException e)
        {
            return ApiResults.Error(429, e.Message);
        }
    }
}
