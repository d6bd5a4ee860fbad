using System.ClientModel;
using System.Globalization;
using System.Net.Http.Headers;
using Reelforge.Providers.Llm;

namespace Reelforge.Providers.Resilience;

/// <summary>
/// The one answer, for every outbound call and for a task as a whole, to "is this failure worth another try": HTTP 408,
/// 429 and 5xx, a connection refused or dropped, a timeout; never a refused key, a bad request or a cancellation. It also
/// reads the server's Retry-After, which every retry honours.
/// </summary>
public static class TransientFailure
{
    public static bool IsTransientStatus(int status) => status is 408 or 429 or >= 500;

    public static bool IsTransient(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return IsTransientStatus((int)response.StatusCode);
    }

    public static bool IsTransient(Exception error) => IsTransient(error, TimeProvider.System, out _, out _);

    /// <param name="status">The HTTP status the failure carried, when it did.</param>
    /// <param name="retryAfter">How long the server asked to wait, when it did.</param>
    public static bool IsTransient(Exception error, TimeProvider time, out int? status, out TimeSpan? retryAfter)
    {
        ArgumentNullException.ThrowIfNull(error);
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

                // Status 0: no response at all (the connection failed).
                return cre.Status == 0 || IsTransientStatus(cre.Status);
            case LlmHttpException lhe:
                status = lhe.StatusCode;
                retryAfter = lhe.RetryAfter;
                return IsTransientStatus(lhe.StatusCode);
            case LlmUnavailableException { InnerException: null }:
                // Every endpoint was skipped with its circuit open: they may be back later.
                return true;
            case HttpRequestException hre:
                status = (int?)hre.StatusCode;
                return status is null || IsTransientStatus(status.Value);
            case TimeoutException or IOException:
                return true;
            case TaskCanceledException { InnerException: TimeoutException }:
                // HttpClient.Timeout: the caller did not cancel, the server was too slow.
                return true;
            case OperationCanceledException:
                return false;
            default:
                return error.InnerException is { } inner && IsTransient(inner, time, out status, out retryAfter);
        }
    }

    /// <summary>retry-after-ms (OpenAI) wins over Retry-After (seconds or an HTTP date).</summary>
    public static TimeSpan? ReadRetryAfter(string? milliseconds, string? retryAfter, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
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
        ArgumentNullException.ThrowIfNull(headers);
        string? ms = headers.TryGetValues("retry-after-ms", out var msValues) ? msValues.FirstOrDefault() : null;
        string? ra = headers.TryGetValues("Retry-After", out var raValues) ? raValues.FirstOrDefault() : null;
        return ReadRetryAfter(ms, ra, time);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
