using Microsoft.AspNetCore.Http;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Api;

/// <summary>Envelopes as HTTP results, in the API's JSON shape.</summary>
internal static class ApiResults
{
    public static IResult Ok<T>(T data) => Results.Json(ApiEnvelope.Success(data), ApiJson.Options);

    public static IResult Error(int status, string message) => Results.Json(ApiEnvelope.Error(status, message), ApiJson.Options, statusCode: status);

    public static IResult Invalid(ApiValidationException e) => Results.Json(ApiEnvelope.Invalid(e), ApiJson.Options, statusCode: ApiEnvelope.UnprocessableStatus);

    public static IResult NotFound(string taskId) => Results.Json(ApiEnvelope.TaskNotFound(taskId), ApiJson.Options, statusCode: 404);
}
