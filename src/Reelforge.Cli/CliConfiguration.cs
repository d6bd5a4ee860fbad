using Microsoft.Extensions.Configuration;

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
}
