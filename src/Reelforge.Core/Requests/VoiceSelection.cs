namespace Reelforge.Core.Requests;

/// <summary>A voice as ENGINE:VOICE (for example flite:slt, espeak:en-us, espeak:cmn).</summary>
public sealed record VoiceSelection(string Engine, string Voice)
{
    public static bool TryParse(string? text, out VoiceSelection? voice)
    {
        voice = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        voice = new VoiceSelection(text[..colon].Trim().ToLowerInvariant(), text[(colon + 1)..].Trim());
        return true;
    }

    public override string ToString() => $"{Engine}:{Voice}";
}
