using System.Globalization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>Checks shared by the request types: a value out of range is rejected with the field's name, never clamped.</summary>
internal static class ApiFieldRules
{
    public static double Range(double? value, double fallback, string field, double min, double max)
    {
        var actual = value ?? fallback;
        return !double.IsNaN(actual) && actual >= min && actual <= max
            ? actual
            : throw new ApiValidationException(field, string.Create(CultureInfo.InvariantCulture, $"{field} must be between {min} and {max}, not {actual}."));
    }

    public static int Range(int? value, int fallback, string field, int min, int max)
    {
        var actual = value ?? fallback;
        return actual >= min && actual <= max
            ? actual
            : throw new ApiValidationException(field, string.Create(CultureInfo.InvariantCulture, $"{field} must be between {min} and {max}, not {actual}."));
    }

    /// <summary>Optional free text, trimmed; null when empty.</summary>
    public static string? Text(string? text, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new ApiValidationException(field, string.Create(CultureInfo.InvariantCulture, $"{field} must be at most {maxLength} characters, not {trimmed.Length}."));
    }
}
