using Microsoft.AspNetCore.Http;

namespace Reelforge.Server.Api;

/// <summary>413: an upload larger than the server accepts.</summary>
public readonly struct Status413PayloadTooLarge : IApiErrorStatus
{
    public static int Code => StatusCodes.Status413PayloadTooLarge;
}
