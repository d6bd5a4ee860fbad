using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reelforge.Providers.Resilience;

namespace Reelforge.Jobs.Hosting;

public static class RetryPolicyServiceCollectionExtensions
{
    /// <summary>
    /// The named retry policy of one kind of dependency (<see cref="DependencyKind"/>): its defaults from
    /// <paramref name="defaults"/> over the section <paramref name="defaultsSection"/> (today's behaviour, including older
    /// settings that still count), then the section <c>Resilience:{kind}</c> over them; checked at start, naming the
    /// setting at fault.
    /// </summary>
    /// <remarks>
    /// The older section is read as it is, not through its validated options: a problem there is reported once, by
    /// its own validation, instead of failing this policy's construction too.
    /// </remarks>
    public static OptionsBuilder<RetryPolicy> AddRetryPolicy<TDefaults>(
        this IServiceCollection services, IConfiguration configuration, string kind, string defaultsSection, Func<TDefaults, RetryPolicy> defaults)
        where TDefaults : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(defaults);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RetryPolicy>, RetryPolicyValidation>());
        // A reloaded older setting changes the policy too, as it did when it was read directly.
        services.AddSingleton<IOptionsChangeTokenSource<RetryPolicy>>(new ConfigurationChangeTokenSource<RetryPolicy>(kind, configuration.GetSection(defaultsSection)));
        return services.AddOptions<RetryPolicy>(kind)
            .Configure(policy => CopyInto(policy, defaults(configuration.GetSection(defaultsSection).Get<TDefaults>() ?? new TDefaults())))
            .Bind(configuration.GetSection(DependencyKind.SectionOf(kind)))
            .ValidateOnStart();
    }

    /// <summary>A named retry policy whose defaults are <paramref name="defaults"/>, under the section <c>Resilience:{kind}</c>.</summary>
    public static OptionsBuilder<RetryPolicy> AddRetryPolicy(this IServiceCollection services, IConfiguration configuration, string kind, RetryPolicy defaults)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(defaults);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RetryPolicy>, RetryPolicyValidation>());
        return services.AddOptions<RetryPolicy>(kind)
            .Configure(policy => CopyInto(policy, defaults))
            .Bind(configuration.GetSection(DependencyKind.SectionOf(kind)))
            .ValidateOnStart();
    }

    private static void CopyInto(RetryPolicy policy, RetryPolicy seed)
    {
        policy.MaxRetries = seed.MaxRetries;
        policy.BaseDelay = seed.BaseDelay;
        policy.MaxDelay = seed.MaxDelay;
        policy.AttemptTimeout = seed.AttemptTimeout;
    }
}
