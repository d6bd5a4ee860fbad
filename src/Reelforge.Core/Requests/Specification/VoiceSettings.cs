using System.Text.RegularExpressions;

namespace Reelforge.Core.Requests.Specification;

/// <summary>Who speaks, how fast and how loud.</summary>
internal static partial class VoiceSettings
{
    public static IReadOnlyList<RequestSetting> All { get; } =
    [
        new()
        {
            Key = "voice", Kind = SettingKind.Text, Stage = StageName.Narrate, Cli = "--voice", Rest = "voice",
            Help = "ENGINE:VOICE, e.g. flite:slt, espeak:en-us, espeak:cmn, openai:alloy, elevenlabs:VOICE_ID (see 'reelforge voices').",
            DefaultMeaning = "the best voice for the language", MaxLength = 200, TextRule = VoiceRule,
            Read = r => r.Voice.Voice?.ToString(),
            Write = (r, v) => r with { Voice = r.Voice with { Voice = VoiceSelection.TryParse((string?)v, out var voice) ? voice : null } },
        },
        new()
        {
            Key = "voice_rate", Kind = SettingKind.Number, Stage = StageName.Narrate, Cli = "--rate", Rest = "voice_rate",
            Help = "Speaking rate, 1 = the voice's normal speed.", Minimum = 0.5, Maximum = 2, Default = 1.0,
            Read = r => r.Voice.Rate, Write = (r, v) => r with { Voice = r.Voice with { Rate = (double)v! } },
        },
        new()
        {
            Key = "voice_volume", Kind = SettingKind.Number, Stage = StageName.Narrate, Cli = "--volume", Rest = "voice_volume",
            Help = "Narration volume multiplier before loudness normalisation.", Minimum = 0.1, Maximum = 5, Default = 1.0,
            Read = r => r.Voice.Volume, Write = (r, v) => r with { Voice = r.Voice with { Volume = (double)v! } },
        },
        new()
        {
            Key = "language", Kind = SettingKind.Text, Stage = StageName.Narrate, Cli = "--language", Rest = "video_language",
            Help = "The script's language (en, zh-CN, es, …).", DefaultMeaning = "detected from the text", MaxLength = 35, TextRule = LanguageRule,
            Read = r => r.Voice.Language,
            Write = (r, v) => r with { Voice = r.Voice with { Language = v is string tag ? LanguagePattern().Match(tag).Groups["primary"].Value.ToLowerInvariant() : null } },
        },
        new()
        {
            Key = "no_voice", Kind = SettingKind.Flag, Stage = StageName.Narrate, Cli = "--no-voice", Rest = "no_voice",
            Help = "No narration: captions paced by reading speed, music only.", Default = false,
            Read = r => r.Voice.NoVoice, Write = (r, v) => r with { Voice = r.Voice with { NoVoice = (bool)v! } },
        },
    ];

    private static string? VoiceRule(string text, RequestContext context)
    {
        if (VoiceSelection.TryParse(text, out var voice) && voice is not null && (context.VoiceEngines.Count == 0 || context.VoiceEngines.Contains(voice.Engine)))
        {
            return null;
        }

        var engines = context.VoiceEngines.Order(StringComparer.Ordinal).ToList();
        return $"must be ENGINE:VOICE with engine {SettingRules.Alternatives(engines)} (for example flite:slt or espeak:en-us), not '{text}'.";
    }

    private static string? LanguageRule(string text, RequestContext context) =>
        LanguagePattern().IsMatch(text) ? null : $"must be a language code such as en, zh-CN or es, not '{text}'.";

    [GeneratedRegex("^(?<primary>[A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();
}
