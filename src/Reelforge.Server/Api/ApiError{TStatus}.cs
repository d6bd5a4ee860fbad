using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Api;

/// <summary>
/// An MPT error envelope with a status ASP.NET Core has no typed result for (413, 415, 429). The status is part of the
/// type, so an endpoint returning it documents that response in OpenAPI like <c>NotFound&lt;T&gt;</c> does.
/// </summary>
public sealed class ApiError<TStatus> : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ApiErrorEnvelope>, IContentTypeHttpResult
    where TStatus : IApiErrorStatus
{
    internal ApiError(string message)
    {
        Value = ApiEnvelope.Error(TStatus.Code, message);
    }

    public ApiErrorEnvelope Value { get; }

    object? IValueHttpResult.Value => Value;

    public int StatusCode => TStatus.Code;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType => "application/json";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode;
        return httpContext.Response.WriteAsJsonAsync(Value, ApiJson.Options, httpContext.RequestAborted);
    }

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(TStatus.Code, typeof(ApiErrorEnvelope), ["application/json"]));
    }
}
