namespace Reelforge.Server.Api;

/// <summary>An HTTP error status as a type, so that <see cref="ApiError{TStatus}"/> can state it to OpenAPI before it runs.</summary>
public interface IApiErrorStatus
{
    static abstract int Code { get; }
}
