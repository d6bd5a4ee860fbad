using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// MoneyPrinterTurbo's <c>text_background_color</c>: <c>true</c> (a box in the default colour), <c>false</c> (no box)
/// or a colour string.
/// </summary>
[JsonConverter(typeof(SubtitleBackgroundConverter))]
public sealed record SubtitleBackground(bool Enabled, string? Color)
{
    public static readonly SubtitleBackground Default = new(true, null);

    public static readonly SubtitleBackground Off = new(false, null);
}
