using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reelforge.Core.Requests.Specification;

/// <summary>
/// The one place a face's raw value (text from a command line, a JSON value, a number or a flag) becomes a
/// setting's typed value, or a refusal naming the rule. Values are never clamped.
/// </summary>
public static partial class SettingRules
{
    /// <summary>True when <paramref name="raw"/> means "not given" (null, empty text, JSON null); an empty list is given (none).</summary>
    public static bool IsUnset(object? raw) => raw switch
    {
        null => true,
        string text => string.IsNullOrWhiteSpace(text),
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => true,
        JsonElement { ValueKind: JsonValueKind.String } json => string.IsNullOrWhiteSpace(json.GetString()),
        _ => false,
    };

    /// <summary>The typed value (double, int, bool, canonical string or list of strings), or the broken rule.</summary>
    public static object? Accept(RequestSetting setting, object? raw, RequestContext context, out string? rule)
    {
        ArgumentNullException.ThrowIfNull(setting);
        rule = null;
        if (raw is JsonElement json)
        {
            raw = FromJson(json);
        }

        switch (setting.Kind)
        {
            case SettingKind.Number:
                if (!TryNumber(raw, out var number))
                {
                    rule = $"must be a number, not '{Show(raw)}'.";
                    return null;
                }

                return InRange(setting, number, out rule) ? number : null;
            case SettingKind.WholeNumber:
                if (!TryNumber(raw, out var whole) || whole != Math.Floor(whole) || whole is > int.MaxValue or < int.MinValue)
                {
                    rule = $"must be a whole number, not '{Show(raw)}'.";
                    return null;
                }

                if (!InRange(setting, whole, out rule))
                {
                    return null;
                }

                if (setting.Even && whole % 2 != 0)
                {
                    rule = string.Create(CultureInfo.InvariantCulture, $"must be an even number of pixels, not {whole}.");
                    return null;
                }

                return (int)whole;
            case SettingKind.Flag:
                if (TryFlag(raw, out var flag))
                {
                    return flag;
                }

                rule = $"must be true or false, not '{Show(raw)}'.";
                return null;
            case SettingKind.Choice:
                return Choice(setting.ChoicesFor(context), Show(raw), out rule);
            case SettingKind.Color:
                var color = Show(raw).Trim();
                if (color.ToUpperInvariant() is "NONE" or "TRANSPARENT")
                {
                    return "";
                }

                if (Hex().IsMatch(color))
                {
                    return "#" + color.TrimStart('#').ToUpperInvariant();
                }

                rule = $"must be a colour like #FFD400 or #00000080, not '{color}'.";
                return null;
            case SettingKind.List:
                var words = Words(raw);
                var allowed = setting.ChoicesFor(context);
                var accepted = new List<string>();
                foreach (var word in words)
                {
                    if (Choice(allowed, word, out rule) is not string canonical)
                    {
                        return null;
                    }

                    if (!accepted.Contains(canonical))
                    {
                        accepted.Add(canonical);
                    }
                }

                return accepted;
            default:
                var text = Show(raw).Trim();
                if (text.Length > setting.MaxLength)
                {
                    rule = string.Create(CultureInfo.InvariantCulture, $"must be at most {setting.MaxLength} characters, not {text.Length}.");
                    return null;
                }

                rule = setting.TextRule?.Invoke(text, context);
                return rule is null ? text : null;
        }
    }

    /// <summary>The rule sentence for an out-of-range number, shared by every face.</summary>
    public static string RangeRule(double minimum, double maximum, double value) =>
        string.Create(CultureInfo.InvariantCulture, $"must be between {minimum} and {maximum}, not {value}.");

    /// <summary>"a, b or c".</summary>
    public static string Alternatives(IReadOnlyList<string> words) =>
        words.Count switch
        {
            0 => "(nothing is available here)",
            1 => words[0],
            _ => $"{string.Join(", ", words.Take(words.Count - 1))} or {words[^1]}",
        };

    private static bool InRange(RequestSetting setting, double value, out string? rule)
    {
        rule = null;
        if (double.IsFinite(value) && (setting.Minimum is not { } min || value >= min) && (setting.Maximum is not { } max || value <= max))
        {
            return true;
        }

        rule = RangeRule(setting.Minimum ?? double.MinValue, setting.Maximum ?? double.MaxValue, value);
        return false;
    }

    private static string? Choice(IReadOnlyList<string> allowed, string given, out string? rule)
    {
        rule = null;
        var match = allowed.FirstOrDefault(a => string.Equals(a, given.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            rule = $"must be {Alternatives(allowed)}, not '{given}'.";
        }

        return match;
    }

    private static List<string> Words(object? raw) => raw switch
    {
        string text => Split(text),
        IEnumerable<string> list => list.SelectMany(Split).ToList(),
        IEnumerable items => items.Cast<object?>().SelectMany(i => Split(Show(i))).ToList(),
        _ => Split(Show(raw)),
    };

    private static List<string> Split(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static bool TryNumber(object? raw, out double value)
    {
        switch (raw)
        {
            case double d: value = d; return true;
            case float f: value = f; return true;
            case int i: value = i; return true;
            case long l: value = l; return true;
            case decimal m: value = (double)m; return true;
            case string s: return double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
            default: value = 0; return false;
        }
    }

    private static bool TryFlag(object? raw, out bool value)
    {
        switch (raw)
        {
            case bool b: value = b; return true;
            case string s:
                var text = s.Trim().ToLowerInvariant();
                value = text is "true" or "1" or "yes" or "on";
                return value || text is "false" or "0" or "no" or "off";
            case int i when i is 0 or 1: value = i == 1; return true;
            case long l when l is 0 or 1: value = l == 1; return true;
            default: value = false; return false;
        }
    }

    private static object? FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Number => json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Array => json.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() ?? "" : e.GetRawText()).ToList(),
        _ => json.GetRawText(),
    };

    private static string Show(object? raw) => raw switch
    {
        null => "",
        double d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string s => s,
        IEnumerable items => string.Join(",", items.Cast<object?>().Select(Show)),
        _ => raw.ToString() ?? "",
    };

    [GeneratedRegex("^#?([0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$")]
    private static partial Regex Hex();
}
