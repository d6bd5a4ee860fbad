using System.Globalization;

namespace Reelforge.Pipeline.Captions;

/// <summary>Subtitle timestamps, rounded half away from zero on the decimal value (1.005 s is 1.01 s, not 1.00 s).</summary>
public static class CaptionTimestamp
{
    /// <summary>ASS: H:MM:SS.cc (centiseconds).</summary>
    public static string Ass(double seconds)
    {
        var cs = Round(seconds, 100);
        return string.Create(CultureInfo.InvariantCulture, $"{cs / 360_000}:{cs / 6000 % 60:00}:{cs / 100 % 60:00}.{cs % 100:00}");
    }

    /// <summary>SRT: HH:MM:SS,mmm.</summary>
    public static string Srt(double seconds) => Millis(seconds, ',');

    /// <summary>WebVTT: HH:MM:SS.mmm.</summary>
    public static string Vtt(double seconds) => Millis(seconds, '.');

    /// <summary>Whole units (100 = centiseconds, 1000 = milliseconds) of <paramref name="seconds"/>; negative and non-finite times are 0.</summary>
    public static long Round(double seconds, int unitsPerSecond)
    {
        if (!double.IsFinite(seconds) || seconds <= 0)
        {
            return 0;
        }

        // decimal keeps 1.005 as 1.005 (double would make it 1.00499...)
        return (long)Math.Round((decimal)seconds * unitsPerSecond, MidpointRounding.AwayFromZero);
    }

    private static string Millis(double seconds, char separator)
    {
        var ms = Round(seconds, 1000);
        return string.Create(CultureInfo.InvariantCulture, $"{ms / 3_600_000:00}:{ms / 60_000 % 60:00}:{ms / 1000 % 60:00}{separator}{ms % 1000:000}");
    }
}
