using Microsoft.Extensions.Options;

namespace Reelforge.Jobs.Hosting;

/// <summary>
/// Validates a bound settings section with its own problem list, so a misconfiguration stops the process at start
/// with every problem named (the setting and what it must be), not with one generic sentence.
/// </summary>
internal sealed class SettingsValidation<TOptions>(Func<TOptions, IReadOnlyList<string>> problems) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options) =>
        problems(options) is { Count: > 0 } found ? ValidateOptionsResult.Fail(found) : ValidateOptionsResult.Success;
}
