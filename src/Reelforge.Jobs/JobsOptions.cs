using Reelforge.Providers.Resilience;

namespace Reelforge.Jobs;

/// <summary>The <c>Jobs</c> configuration section: how much one worker runs at once and how long the queue may grow.</summary>
public sealed class JobsOptions
{
    private static readonly TimeSpan MaxTaskRetryDelay = TimeSpan.FromMinutes(10);

    public const string SectionName = "Jobs";

    /// <summary>Renders one worker runs at once; by default one per two cores (each ffmpeg render uses several).</summary>
    public int MaxConcurrentRenders { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Tasks that may wait in the queue; beyond this new submissions are refused (HTTP 429).</summary>
    public int MaxQueued { get; set; } = 100;

    /// <summary>How often a running task looks for a cancel request made on another node.</summary>
    public TimeSpan CancelPollInterval { get; set; } = TimeSpan.FromMilliseconds(400);

    /// <summary>
    /// How long a worker rendering a part of a segmented render may go without a heartbeat before another worker may
    /// take the part over (it heartbeats three times per lease while ffmpeg runs).
    /// </summary>
    public TimeSpan SegmentLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often an idle worker asks the job store for work scheduled by another process (Quartz's idle wait, 30 s by
    /// default): a task submitted to the server, or a part of another worker's video, starts within this.
    /// </summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a segmented render looks at its parts' rows (done, failed, claimable) and helpers at the cancel flag.</summary>
    public TimeSpan SegmentPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How many times a task that failed on a transient error (network, provider) is tried again.</summary>
    public int TransientRetries { get; set; } = 2;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The secret completion webhooks are signed with (HMAC-SHA256); without one they are sent unsigned.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The first webhook retry's delay; the later ones wait 4 and 15 times as long (1, 4, 15 s by default).</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Task-level retry: <see cref="TransientRetries"/> more attempts after a transient failure, from <see cref="RetryDelay"/>
    /// doubled per attempt (the backoff formula every dependency shares), never more than 10 minutes apart.
    /// </summary>
    public RetryPolicy TaskRetry => new() { MaxRetries = TransientRetries, BaseDelay = RetryDelay, MaxDelay = RetryDelay > MaxTaskRetryDelay ? RetryDelay : MaxTaskRetryDelay };

    /// <summary>
    /// The default of the named policy <c>Resilience:Webhook</c>: three more attempts from <see cref="WebhookRetryDelay"/>,
    /// at most 15 times as long apart, 15 s per attempt.
    /// </summary>
    public RetryPolicy WebhookRetry => new() { MaxRetries = 3, BaseDelay = WebhookRetryDelay, MaxDelay = WebhookRetryDelay * 15, AttemptTimeout = TimeSpan.FromSeconds(15) };

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxConcurrentRenders is < 1 or > 64)
        {
            problems.Add($"Jobs:MaxConcurrentRenders must be between 1 and 64, not {MaxConcurrentRenders}");
        }

        if (MaxQueued < 0)
        {
            problems.Add($"Jobs:MaxQueued must not be negative, not {MaxQueued}");
        }

        if (TransientRetries is < 0 or > 20)
        {
            problems.Add($"Jobs:TransientRetries must be between 0 and 20, not {TransientRetries}");
        }

        if (RetryDelay < TimeSpan.Zero)
        {
            problems.Add($"Jobs:RetryDelay must not be negative, not {RetryDelay}");
        }

        if (SegmentLease < TimeSpan.FromSeconds(1))
        {
            problems.Add($"Jobs:SegmentLease must be at least 1 second, not {SegmentLease}");
        }

        if (QueuePollInterval < TimeSpan.FromMilliseconds(100) || QueuePollInterval > TimeSpan.FromMinutes(5))
        {
            problems.Add($"Jobs:QueuePollInterval must be between 00:00:00.1 and 00:05:00, not {QueuePollInterval}");
        }

        if (SegmentPollInterval <= TimeSpan.Zero)
        {
            problems.Add($"Jobs:SegmentPollInterval must be positive, not {SegmentPollInterval}");
        }

        if (WebhookRetryDelay < TimeSpan.Zero)
        {
            problems.Add($"Jobs:WebhookRetryDelay must not be negative, not {WebhookRetryDelay}");
        }

        return problems;
    }
}
