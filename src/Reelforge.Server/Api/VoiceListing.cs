using Reelforge.Providers.Speech;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Api;

/// <summary>The installed voices, optionally of one language (a prefix: "en" matches "en-us").</summary>
public static class VoiceListing
{
    public static async Task<IReadOnlyList<VoiceView>> ListAsync(SpeechEngineRegistry voices, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voices);
        var all = await voices.ListVoicesAsync(cancellationToken);
        return all
            .Where(v => string.IsNullOrWhiteSpace(language) || v.Languages.Any(l => l.StartsWith(language.Trim(), StringComparison.OrdinalIgnoreCase)))
            .Select(v => new VoiceView(v.Key, v.DisplayName, v.Engine, v.Languages, v.Gender))
            .ToList();
    }
}
