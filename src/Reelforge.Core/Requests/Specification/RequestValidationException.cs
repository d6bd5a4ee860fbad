namespace Reelforge.Core.Requests.Specification;

/// <summary>A request with one or more refused values; every error is reported at once.</summary>
public sealed class RequestValidationException : Exception
{
    public RequestValidationException()
        : this([new RequestFieldError("request", "is invalid.")])
    {
    }

    public RequestValidationException(string message)
        : this([new RequestFieldError("request", message)])
    {
    }

    public RequestValidationException(string message, Exception inner)
        : base(message, inner)
    {
        Errors = [new RequestFieldError("request", message)];
    }

    public RequestValidationException(IReadOnlyList<RequestFieldError> errors)
        : base(string.Join(" ", (errors ?? throw new ArgumentNullException(nameof(errors))).Select(e => e.Message)))
    {
        Errors = errors;
    }

    public IReadOnlyList<RequestFieldError> Errors { get; }
}
