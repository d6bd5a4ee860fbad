namespace Reelforge.Server.Api.Contracts;

/// <summary>Builds the <c>{status, message, data}</c> bodies of the API.</summary>
public static class ApiEnvelope
{
    public const string SuccessMessage = "success";

    /// <summary>HTTP status of a body the API understood but cannot use (a field out of range, an unknown value, a bad file name).</summary>
    public const int UnprocessableStatus = 422;

    public static ApiEnvelope<T> Success<T>(T data) => new(200, SuccessMessage, data);

    /// <summary>A success without data (MPT's delete): <c>{"status": 200, "message": "success", "data": null}</c>.</summary>
    public static ApiEnvelope<object?> Success() => new(200, SuccessMessage, null);

    public static ApiErrorEnvelope Error(int status, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return status is >= 400 and <= 599
            ? new ApiErrorEnvelope(status, message)
            : throw new ArgumentOutOfRangeException(nameof(status), status, "An error status is an HTTP 4xx or 5xx code.");
    }

    /// <summary>A rejected field: status 422, the message naming the field, and the field in pydantic's error shape.</summary>
    public static ApiErrorEnvelope Invalid(ApiValidationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new ApiErrorEnvelope(
            UnprocessableStatus,
            exception.Message,
            exception.Errors.Count == 1
                ? [new ApiFieldError(["body", exception.Field], exception.Message, "value_error")]
                : [.. exception.Errors.Select(e => new ApiFieldError(["body", e.Field], e.Message, "value_error"))]);
    }

    /// <summary>A task that does not exist, worded as MPT words it.</summary>
    public static ApiErrorEnvelope TaskNotFound(string requestId) => Error(404, $"{requestId}: task not found");
}
