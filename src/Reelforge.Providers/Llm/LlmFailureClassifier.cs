using System.ClientModel;
using System.Globalization;
using System.Net.Http.Headers;

namespace Reelforge.Providers.Llm;

/// <summary>Decides which failures are worth retrying and reads the server's Retry-After.</summary>
internal static class LlmFailureClassifier
{
    public static bool IsTransient(Exception error, TimeProvider time, out int? status, out TimeSpan? retryAfter)
    {
        status = null;
        retryAfter = null;
        switch (error)
        {
            case ClientResultException cre:
                status = cre.Status;
                if (cre.GetRawResponse() is { } raw)
                {
                    retryAfter = ReadRetryAfter(
                        raw.Headers.TryGetValue("retry-after-ms", out var ms) ? ms : null,
                        raw.Headers.TryGetValue("Retry-After", out var ra) ? ra : null,
                        time);
                }

                return cre.Status == 0 || IsTransientStatus(cre.Status);
            case LlmHttpException lhe:
                status = lhe.StatusCode;
                retryAfter = lhe.RetryAfter;
                return IsTransientStatus(lhe.StatusCode);
            case HttpRequestException hre:
                status = (int?)hre.StatusCode;
                return status is null || IsTransientStatus(status.Value);
            case TimeoutException or IOException:
                return true;
            default:
                return error.InnerException is { } inner && IsTransient(inner, time, out status, out retryAfter);
        }
    }

    public static bool IsTransientStatus(int status) => status is 408 or 409 or 425 or 429 or >= 500;

    /// <summary>retry-after-ms (OpenAI) wins over Retry-After (seconds or an HTTP date).</summary>
    public static TimeSpan? ReadRetryAfter(string? milliseconds, string? retryAfter, TimeProvider time)
    {
        if (double.TryParse(milliseconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0)
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        if (string.IsNullOrWhiteSpace(retryAfter))
        {
            return null;
        }

        if (double.TryParse(retryAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(retryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? Max(at - time.GetUtcNow(), TimeSpan.Zero)
            : null;
    }

    public static TimeSpan? ReadRetryAfter(HttpResponseHeaders headers, TimeProvider time)
    {
        string? ms = headers.TryGetValues("retry-after-ms", out var msValues) ? msValues.FirstOrDefault() : null;
        string? ra = headers.TryGetValues("Retry-After", out var raValues) ? raValues.FirstOrDefault() : null;
        return ReadRetryAfter(ms, ra, time);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
