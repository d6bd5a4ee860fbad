using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Reelforge.Pipeline.Generation;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Api;

/// <summary>
/// The <c>/api/v1</c> responses as typed results in MoneyPrinterTurbo's <c>{status, message, data}</c> envelope; the
/// types name the status codes, so OpenAPI lists each endpoint's responses.
/// </summary>
internal static class ApiResults
{
    public static Ok<ApiEnvelope<T>> Ok<T>(T data) => TypedResults.Ok(ApiEnvelope.Success(data));

    public static BadRequest<ApiErrorEnvelope> BadRequest(string message) => TypedResults.BadRequest(ApiEnvelope.Error(StatusCodes.Status400BadRequest, message));

    public static NotFound<ApiErrorEnvelope> NotFound(string message) => TypedResults.NotFound(ApiEnvelope.Error(StatusCodes.Status404NotFound, message));

    public static NotFound<ApiErrorEnvelope> TaskNotFound(string taskId) => TypedResults.NotFound(ApiEnvelope.TaskNotFound(taskId));

    public static UnprocessableEntity<ApiErrorEnvelope> Invalid(ApiValidationException e) => TypedResults.UnprocessableEntity(ApiEnvelope.Invalid(e));

    /// <summary>A request the pipeline refused as a whole (no one field to name).</summary>
    public static UnprocessableEntity<ApiErrorEnvelope> Invalid(InvalidRequestException e) =>
        TypedResults.UnprocessableEntity(new ApiErrorEnvelope(ApiEnvelope.UnprocessableStatus, e.Message));

    public static ApiError<Status415UnsupportedMediaType> UnsupportedMediaType(string message) => new(message);

    public static ApiError<Status413PayloadTooLarge> PayloadTooLarge(string message) => new(message);

    public static ApiError<Status429TooManyRequests> TooManyRequests(string message) => new(message);
}
