using Microsoft.Extensions.Options;
using Reelforge.Providers.Resilience;

namespace Reelforge.Jobs.Hosting;

/// <summary>Checks each named retry policy (section <c>Resilience:{name}</c>) at start, naming the setting at fault.</summary>
internal sealed class RetryPolicyValidation : IValidateOptions<RetryPolicy>
{
    public ValidateOptionsResult Validate(string? name, RetryPolicy options) =>
        options.Validate(DependencyKind.SectionOf(name ?? string.Empty)) is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
