using System.Globalization;
using System.Text;

namespace Reelforge.Media.FilterGraphs;

/// <summary>One ffmpeg filter with its options; values are raw and escaped only when rendered.</summary>
public sealed class Filter
{
    private readonly List<FilterOption> _options = [];

    public Filter(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public IReadOnlyList<FilterOption> Options => _options;

    /// <summary>Adds a named option.</summary>
    public Filter Set(string name, string value)
    {
        _options.Add(new FilterOption(name, value));
        return this;
    }

    public Filter Set(string name, double value) => Set(name, FormatNumber(value));

    public Filter Set(string name, int value) => Set(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a positional option.</summary>
    public Filter Arg(string value)
    {
        _options.Add(new FilterOption(null, value));
        return this;
    }

    /// <summary>Numbers as ffmpeg reads them: invariant culture, at most 6 decimals, no exponent.</summary>
    public static string FormatNumber(double value) =>
        Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>The filter as it appears in a filter graph, with both levels of ffmpeg escaping applied.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Name);
        for (var i = 0; i < _options.Count; i++)
        {
            text.Append(i == 0 ? '=' : ':');
            var option = _options[i];
            if (option.Name is not null)
            {
                text.Append(option.Name).Append('=');
            }

            text.Append(FilterEscaping.EscapeForGraph(FilterEscaping.EscapeOptionValue(option.Value)));
        }

        return text.ToString();
    }
}
