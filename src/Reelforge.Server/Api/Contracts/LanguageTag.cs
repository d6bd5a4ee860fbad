using System.Text.RegularExpressions;

namespace Reelforge.Server.Api.Contracts;

/// <summary>Language codes as MPT sends them ("en", "zh-CN", "pt_BR"); Core wants the primary ISO 639 code.</summary>
internal static partial class LanguageTag
{
    /// <summary>The lower-case primary language ("zh" for "zh-CN"), or null when none is given (detect from the text).</summary>
    public static string? Check(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Pattern().Match(text.Trim());
        return match.Success
            ? match.Groups["primary"].Value.ToLowerInvariant()
            : throw new ApiValidationException(field, $"{field} must be a language code such as en, zh-CN or es, not '{text}'.");
    }

    [GeneratedRegex("^(?<primary>[A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*$")]
    private static partial Regex Pattern();
}
