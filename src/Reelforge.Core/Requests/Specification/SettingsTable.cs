using System.Globalization;
using System.Text;

namespace Reelforge.Core.Requests.Specification;

/// <summary>The README's table of request settings, made from the specification (a test keeps the README equal to it).</summary>
public static class SettingsTable
{
    public const string Begin = "<!-- request-settings:begin (made from VideoRequestSpecification; a test checks it) -->";

    public const string End = "<!-- request-settings:end -->";

    public static string Markdown()
    {
        var table = new StringBuilder();
        table.AppendLine(Begin);
        table.AppendLine("| setting (MCP, studio) | CLI | REST | range or values | default | meaning |");
        table.AppendLine("|---|---|---|---|---|---|");
        foreach (var s in VideoRequestSpecification.Settings)
        {
            var range = s.Kind switch
            {
                SettingKind.Number or SettingKind.WholeNumber => string.Create(CultureInfo.InvariantCulture, $"{s.Minimum}–{s.Maximum}{(s.Even ? ", even" : "")}"),
                SettingKind.Choice => string.Join(", ", s.Choices!),
                SettingKind.List => "pexels, pixabay, library, uploads (CLI: also folders)",
                SettingKind.Flag => "true, false",
                SettingKind.Color => "#RRGGBB, #RRGGBBAA",
                _ => string.Create(CultureInfo.InvariantCulture, $"text, at most {s.MaxLength}"),
            };
            var rest = s.RestAliases.Count > 0 ? $"`{s.Rest}` (`{string.Join("`, `", s.RestAliases)}`)" : $"`{s.Rest}`";
            table.AppendLine(CultureInfo.InvariantCulture, $"| `{s.Key}` | `{s.Cli}` | {rest} | {range} | {s.DefaultText} | {s.Help.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        table.Append(End);
        return table.ToString();
    }
}
