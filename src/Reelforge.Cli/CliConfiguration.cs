using Microsoft.Extensions.Configuration;
using Reelforge.Providers.Llm;

namespace Reelforge.Cli;

/// <summary>
/// Settings from an optional <c>reelforge.json</c> (working directory, then ~/.config/reelforge/) and from
/// environment variables prefixed <c>Reelforge__</c> (for example <c>Reelforge__Llm__Provider=ollama</c>).
/// </summary>
internal static class CliConfiguration
{
    public static IConfiguration Build()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(home, ".config", "reelforge", "reelforge.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "reelforge.json"), optional: true)
            .AddEnvironmentVariables("Reelforge__")
            .Build();
    }

    /// <summary>The LLM settings, with command-line flags (never the key) taking precedence.</summary>
    public static LlmOptions Llm(IConfiguration configuration, string? provider, string? model, string? baseUrl)
    {
        var options = configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();
        if (provider is not null)
        {
            if (!string.Equals(provider, options.Provider, StringComparison.OrdinalIgnoreCase))
            {
                // A different provider from the flag: the configured model and URL belong to the other one.
                options.Model = null;
                options.BaseUrl = null;
            }

            options.Provider = provider;
        }

        options.Model = model ?? options.Model;
        options.BaseUrl = baseUrl ?? options.BaseUrl;
        return options;
    }
}
