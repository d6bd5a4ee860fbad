using System.ComponentModel.DataAnnotations;
using Reelforge.Pipeline.Render;

namespace Reelforge.Jobs.Production;

/// <summary>The problems of the <c>Render</c> section: each one names the key and the rule (from its attributes).</summary>
public static class RenderOptionsValidator
{
    public static IReadOnlyList<string> Validate(RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? $"{RenderOptions.Section}:{string.Join(",", r.MemberNames)} is invalid.")];
    }
}
