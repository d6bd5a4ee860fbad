using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Reelforge.Jobs.Hosting;

/// <summary>Binding of one settings section with validation at start (and on every reload).</summary>
public static class SettingsServiceCollectionExtensions
{
    /// <summary>Binds <paramref name="section"/> to <typeparamref name="TOptions"/>; <paramref name="problems"/> lists what is wrong (empty when valid).</summary>
    public static OptionsBuilder<TOptions> AddValidatedSettings<TOptions>(
        this IServiceCollection services, IConfiguration configuration, string section, Func<TOptions, IReadOnlyList<string>> problems)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<IValidateOptions<TOptions>>(new SettingsValidation<TOptions>(problems));
        return services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
    }
}
