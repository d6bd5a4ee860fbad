using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Mcp;

/// <summary>Checks of tool arguments the shared validation does not make, failing with the argument's name.</summary>
internal static class McpArguments
{
    /// <summary><paramref name="value"/> (trimmed, lower case) when it is one of <paramref name="allowed"/>.</summary>
    public static string OneOf(string? value, string field, params string[] allowed)
    {
        var given = value?.Trim().ToLowerInvariant() ?? string.Empty;
        return allowed.Contains(given, StringComparer.Ordinal)
            ? given
            : throw new ApiValidationException(field, $"{field} must be one of {string.Join(", ", allowed)}, not '{value}'.");
    }

    public static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new ApiValidationException(field, $"{field} is required.") : value.Trim();
}
