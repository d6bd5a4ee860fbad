namespace Reelforge.Providers.Llm;

/// <summary>An LLM endpoint answered with an error status (message from the body, never the key).</summary>
public sealed class LlmHttpException : Exception
{
    public LlmHttpException(string message, int statusCode, TimeSpan? retryAfter)
        : base(message)
    {
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    public LlmHttpException()
    {
    }

    public LlmHttpException(string message)
        : base(message)
    {
    }

    public LlmHttpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int StatusCode { get; }

    public TimeSpan? RetryAfter { get; }
}
