using System.Text.RegularExpressions;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// Reads the language of an Azure/Edge voice name as MPT spells them ("zh-CN-XiaoxiaoNeural-Female",
/// "en-US-AvaMultilingualNeural-V2-Female", "zh-CN-liaoning-XiaobeiNeural-Female"), so an offline voice of that
/// language can stand in for it.
/// </summary>
internal static partial class EdgeVoiceName
{
    /// <summary>The voice's ISO 639 language ("zh", "en"), or null when the name is not an Edge voice.</summary>
    public static string? LanguageOf(string? voiceName)
    {
        if (string.IsNullOrWhiteSpace(voiceName))
        {
            return null;
        }

        var match = Pattern().Match(voiceName.Trim());
        return match.Success ? match.Groups["language"].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"^(?<language>[a-zA-Z]{2,3})-[A-Za-z]{2,4}-(?:[A-Za-z]+-)?[A-Za-z0-9]+Neural(?:-V2)?(?:-(?:Female|Male))?$")]
    private static partial Regex Pattern();
}
