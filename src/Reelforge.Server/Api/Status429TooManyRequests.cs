using Microsoft.AspNetCore.Http;

namespace Reelforge.Server.Api;

/// <summary>429: the task queue is full.</summary>
public readonly struct Status429TooManyRequests : IApiErrorStatus
{
    public static int Code => StatusCodes.Status429TooManyRequests;
}
