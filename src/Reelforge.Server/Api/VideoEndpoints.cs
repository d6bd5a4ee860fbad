using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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

    private static async Task<Results<Ok<ApiEnvelope<TaskCreatedView>>, BadRequest<ApiErrorEnvelope>, UnprocessableEntity<ApiErrorEnvelope>, ApiError<Status415UnsupportedMediaType>, ApiError<Status429TooManyRequests>>> SubmitAsync(
        HttpContext http, VideoSubmitter submitter, TaskKind kind, CancellationToken cancellationToken)
    {
        var body = await ReadAsync<VideoParams>(http.Request, cancellationToken);
        if (body.NotJson is { } notJson)
        {
            return notJson;
        }

        if (body.Malformed is { } malformed)
        {
            return malformed;
        }

        try
        {
            var task = await submitter.SubmitAsync(body.Value!, kind, null, "", cancellationToken);
            return ApiResults.Ok(new TaskCreatedView(task.Id));
        }
        catch (ApiValidationException e)
        {
            return ApiResults.Invalid(e);
        }
        catch (InvalidRequestException e)
        {
            return ApiResults.Invalid(e);
        }
        catch (QueueFullException e)
        {
            return ApiResults.TooManyRequests(e.Message);
        }
    }

    private static async Task<Results<Ok<ApiEnvelope<BatchCreatedView>>, BadRequest<ApiErrorEnvelope>, UnprocessableEntity<ApiErrorEnvelope>, ApiError<Status415UnsupportedMediaType>, ApiError<Status429TooManyRequests>>> SubmitBatchAsync(
        HttpContext http, VideoSubmitter submitter, CancellationToken cancellationToken)
    {
        var body = await ReadAsync<BatchParams>(http.Request, cancellationToken);
        if (body.NotJson is { } notJson)
        {
            return notJson;
        }

        if (body.Malformed is { } malformed)
        {
            return malformed;
        }

        var items = body.Value!.Expand();
        if (items.Count == 0)
        {
            return ApiResults.Invalid(new ApiValidationException("items", "The batch is empty: give items, topics or scripts."));
        }

        if (items.Count > BatchParams.MaxItems)
        {
            return ApiResults.Invalid(new ApiValidationException("items", $"A batch holds at most {BatchParams.MaxItems} videos, not {items.Count}."));
        }

        try
        {
            var tasks = await submitter.SubmitBatchAsync(items, cancellationToken);
            return ApiResults.Ok(new BatchCreatedView(tasks[0].BatchId, tasks.Select(t => t.Id).ToList()));
        }
        catch (ApiValidationException e)
        {
            return ApiResults.Invalid(e);
        }
        catch (InvalidRequestException e)
        {
            return ApiResults.Invalid(e);
        }
        catch (QueueFullException e)
        {
            return ApiResults.TooManyRequests(e.Message);
        }
    }

    /// <summary>Reads a JSON body; one that is not JSON is a 415, an empty or malformed one a 400 that says where it broke.</summary>
    internal static async Task<ApiBody<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return new(null, NotJson: ApiResults.UnsupportedMediaType("Send the request body as JSON (Content-Type: application/json)."));
        }

        try
        {
            var body = await request.ReadFromJsonAsync<T>(ApiJson.Options, cancellationToken);
            return body is null ? new(null, Malformed: ApiResults.BadRequest("The request body is empty.")) : new(body);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path ? $" at {path.TrimStart('$', '.')}" : string.Empty;
            return new(null, Malformed: ApiResults.BadRequest($"The request body is not valid JSON{field}."));
        }
    }
}
