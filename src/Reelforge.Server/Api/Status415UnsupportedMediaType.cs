using Microsoft.AspNetCore.Http;

namespace Reelforge.Server.Api;

/// <summary>415: a body that is not in the format the route reads (JSON, or a multipart form for uploads).</summary>
public readonly struct Status415UnsupportedMediaType : IApiErrorStatus
{
    public static int Code => StatusCodes.Status415UnsupportedMediaType;
}
