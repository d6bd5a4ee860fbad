using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;
using Quartz;
using Reelforge.Data;
using Reelforge.Data.Segments;
using Reelforge.Data.Storage;
using Reelforge.Data.Tasks;
using Reelforge.Jobs.Hosting;
using Reelforge.Jobs.Segments;
using Reelforge.Media;
using Reelforge.Pipeline.Render;
using Reelforge.Providers.Resilience;
using Reelforge.Jobs.Tasks;

namespace Reelforge.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>The data directory's default: <c>~/.local/share/reelforge</c> (XDG_DATA_HOME when set).</summary>
    public static string DefaultDataDirectory()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(root, "reelforge");
    }

    /// <summary>
    /// The data directory (setting <c>DataDirectory</c>, else <see cref="DefaultDataDirectory"/>) and the database in it,
    /// or PostgreSQL when <c>ConnectionStrings:Reelforge</c> is set: what <c>serve</c>, <c>worker</c> and <c>library</c> share.
    /// </summary>
    public static DatabaseOptions DatabaseFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dataDirectory = configuration["DataDirectory"] is { Length: > 0 } configured ? configured : DefaultDataDirectory();
        return new DatabaseOptions(Path.GetFullPath(dataDirectory), configuration.GetConnectionString("Reelforge"));
    }

    /// <summary>
    /// The database, the task store and dispatcher, the video producer and the Quartz scheduler with its persistent
    /// store: SQLite in the data directory, or PostgreSQL (clustered) when <c>ConnectionStrings:Reelforge</c> is set.
    /// With <paramref name="runWorker"/> false the scheduler only stores jobs and never runs them (an API-only node).
    /// </summary>
    public static IServiceCollection AddReelforgeJobs(this IServiceCollection services, IConfiguration configuration, bool runWorker)
    {
        services.AddReelforgeProduction(configuration);
        var database = DatabaseFrom(configuration);
        var layout = new DataLayout(database.DataDirectory);
        services.AddSingleton(layout);
        services.AddSingleton<TaskStore>();
        services.AddValidatedSettings<JobsOptions>(configuration, JobsOptions.SectionName, o => o.Validate());
        services.AddSingleton<RunningTasks>();
        services.AddSingleton<TaskSignals>();
        services.AddSingleton<TaskDispatcher>();
        // Each attempt's time limit is the policy's AttemptTimeout (15 s unless configured).
        services.AddHttpClient(WebhookNotifier.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddRetryPolicy<JobsOptions>(configuration, DependencyKind.Webhook, JobsOptions.SectionName, o => o.WebhookRetry);
        services.AddResiliencePipeline<string, HttpResponseMessage>(WebhookNotifier.PipelineName, (pipeline, context) =>
        {
            var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
            pipeline.TimeProvider = time;
            pipeline.AddTransientRetry(
                context.ServiceProvider.GetRequiredService<IOptionsMonitor<Providers.Resilience.RetryPolicy>>().Get(DependencyKind.Webhook), time,
                context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger<WebhookNotifier>());
        });
        services.AddSingleton(sp => new WebhookNotifier(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(WebhookNotifier.HttpClientName),
            sp.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline<HttpResponseMessage>(WebhookNotifier.PipelineName),
            sp.GetRequiredService<IOptions<JobsOptions>>(),
            sp.GetRequiredService<ILogger<WebhookNotifier>>()));
        services.TryAddSingleton<ITaskPayload, DefaultTaskPayload>();
        services.AddTransient<RenderTaskJob>();
        services.AddSingleton<RenderSegmentStore>();
        services.AddSingleton<ISegmentFanOut, QuartzSegmentFanOut>();
        services.AddSingleton(sp => new SegmentRunners(
            sp.GetRequiredService<RenderSegmentStore>(),
            sp.GetRequiredService<TaskStore>(),
            sp.GetRequiredService<ISegmentFanOut>(),
            sp.GetRequiredService<FfmpegRunner>(),
            sp.GetRequiredService<IOptions<JobsOptions>>(),
            sp.GetRequiredService<IOptionsMonitor<RenderOptions>>(),
            sp.GetRequiredService<ILoggerFactory>(),
            RenderTaskJob.WorkerId));
        services.AddTransient<RenderSegmentJob>();
        services.AddHostedService<JobsStartup>();

        var jobs = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
        // Work scheduled by another process (the server's submissions, another worker's parts) is only seen when an idle
        // worker polls the store.
        services.Configure<QuartzOptions>(o => o.Properties["quartz.scheduler.idleWaitTime"] = ((long)jobs.QueuePollInterval.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture));
        services.AddQuartz(q =>
        {
            q.UseDefaultThreadPool(Math.Clamp(jobs.MaxConcurrentRenders, 1, 64));

            q.UsePersistentStore(store =>
            {
                if (database.IsPostgres)
                {
                    store.UsePostgres(database.PostgresConnectionString!);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(5);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(10);
                    });
                }
                else
                {
                    Directory.CreateDirectory(layout.Root);
                    store.UseSqlite($"Data Source={layout.JobStorePath}");
                }

                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
            });
        });
        services.AddQuartzHostedService(o =>
        {
            o.AutoStart = runWorker;
            o.AwaitApplicationStarted = false;
            o.WaitForJobsToComplete = false;
        });
        return services;
    }
}
