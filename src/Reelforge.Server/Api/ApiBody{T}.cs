using Microsoft.AspNetCore.Http.HttpResults;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Api;

/// <summary>A JSON request body as read: the value, or why there is none (not JSON at all 415, empty or malformed 400).</summary>
internal sealed record ApiBody<T>(T? Value, ApiError<Status415UnsupportedMediaType>? NotJson = null, BadRequest<ApiErrorEnvelope>? Malformed = null)
    where T : class;
