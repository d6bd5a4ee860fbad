using System.Globalization;

namespace Reelforge.Server.Studio.Text;

/// <summary>
/// The studio's words in English and Simplified Chinese, picked by the current UI culture (set per request from the
/// language cookie, else the browser's Accept-Language). A key missing in Chinese falls back to English.
/// </summary>
public sealed class StudioText
{
    public static IReadOnlyList<CultureInfo> Cultures { get; } = [new("en"), new("zh-CN")];

    public string this[string key] => Lookup(key, CultureInfo.CurrentUICulture);

    public string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);

    public static bool IsChinese(CultureInfo culture) => culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public static string Lookup(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (IsChinese(culture) && StudioStrings.Chinese.TryGetValue(key, out var zh))
        {
            return zh;
        }

        return StudioStrings.English.TryGetValue(key, out var en) ? en : key;
    }
}
