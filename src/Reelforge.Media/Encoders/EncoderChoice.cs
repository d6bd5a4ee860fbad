namespace Reelforge.Media.Encoders;

/// <summary>What a machine's settings may ask for (<c>Render:Encoder</c>, <c>--encoder</c>): auto or an encoder's name.</summary>
public static class EncoderChoice
{
    /// <summary>The first hardware encoder that passes its one-frame test here, else libx264.</summary>
    public const string Auto = "auto";

    /// <summary>auto, libx264, nvenc, qsv, vaapi.</summary>
    public static IReadOnlyList<string> All { get; } = [Auto, .. VideoEncoder.All.Select(e => e.Name)];

    /// <summary>"auto, libx264, nvenc, qsv or vaapi", for messages.</summary>
    public static string Listed => string.Join(", ", All.Take(All.Count - 1)) + " or " + All[^1];

    public static bool IsValid(string? choice) => choice is not null && All.Contains(choice, StringComparer.Ordinal);
}
