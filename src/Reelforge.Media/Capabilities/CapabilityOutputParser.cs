using System.Globalization;
using System.Text.RegularExpressions;

namespace Reelforge.Media.Capabilities;

/// <summary>Parses the listings ffmpeg prints for <c>-version</c>, <c>-encoders</c>, <c>-hwaccels</c> and <c>-filters</c>.</summary>
public static partial class CapabilityOutputParser
{
    /// <summary>Returns the version token of the first line ("ffmpeg version 5.1.9-0+deb12u1 Copyright ...").</summary>
    public static string ParseVersion(string versionOutput)
    {
        ArgumentNullException.ThrowIfNull(versionOutput);
        var match = VersionLine().Match(versionOutput);
        return match.Success
            ? match.Groups["version"].Value
            : throw new FormatException($"Unrecognised version output: '{FirstLine(versionOutput)}'.");
    }

    /// <summary>"5.1.9-0+deb12u1" → 5.1.9, "n6.0" → 6.0; null for git snapshots ("N-112233-g…").</summary>
    public static Version? ParseRelease(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var match = ReleaseNumber().Match(version);
        if (!match.Success)
        {
            return null;
        }

        var major = int.Parse(match.Groups["major"].Value, CultureInfo.InvariantCulture);
        var minor = int.Parse(match.Groups["minor"].Value, CultureInfo.InvariantCulture);
        return match.Groups["patch"].Success
            ? new Version(major, minor, int.Parse(match.Groups["patch"].Value, CultureInfo.InvariantCulture))
            : new Version(major, minor);
    }

    /// <summary>Encoder names from <c>ffmpeg -hide_banner -encoders</c> (lines such as " V....D libx264  ...").</summary>
    public static IReadOnlySet<string> ParseEncoders(string encodersOutput) =>
        Collect(encodersOutput, EncoderLine());

    /// <summary>Filter names from <c>ffmpeg -hide_banner -filters</c> (lines such as " .S. xfade  VV->V ...").</summary>
    public static IReadOnlySet<string> ParseFilters(string filtersOutput) =>
        Collect(filtersOutput, FilterLine());

    /// <summary>Method names listed under "Hardware acceleration methods:".</summary>
    public static IReadOnlySet<string> ParseHardwareAccelerations(string hwaccelsOutput)
    {
        ArgumentNullException.ThrowIfNull(hwaccelsOutput);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var inList = false;
        foreach (var raw in hwaccelsOutput.Split('\n'))
        {
            var line = raw.Trim();
            if (line.EndsWith(':'))
            {
                inList = line.StartsWith("Hardware acceleration methods", StringComparison.Ordinal);
                continue;
            }

            if (inList && line.Length > 0)
            {
                names.Add(line);
            }
        }

        return names;
    }

    private static HashSet<string> Collect(string output, Regex pattern)
    {
        ArgumentNullException.ThrowIfNull(output);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n'))
        {
            var match = pattern.Match(line);
            if (match.Success)
            {
                names.Add(match.Groups["name"].Value);
            }
        }

        return names;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    [GeneratedRegex(@"^\s*(?:ffmpeg|ffprobe) version (?<version>\S+)")]
    private static partial Regex VersionLine();

    [GeneratedRegex(@"^n?(?<major>\d+)\.(?<minor>\d+)(?:\.(?<patch>\d+))?")]
    private static partial Regex ReleaseNumber();

    // Six capability flags, then the name; the legend lines (" V..... = Video") have "=" where a name would be.
    [GeneratedRegex(@"^ [VAS][A-Z.]{5} (?<name>[^\s=]\S*)\s")]
    private static partial Regex EncoderLine();

    // Three flags (timeline, slice threading, commands), the name, then an input->output signature.
    [GeneratedRegex(@"^ [T.][S.][C.] (?<name>\S+)\s+\S*->\S*")]
    private static partial Regex FilterLine();
}
