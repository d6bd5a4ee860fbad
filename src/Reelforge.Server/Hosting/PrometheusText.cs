using System.Globalization;
using System.Text;

namespace Reelforge.Server.Hosting;

/// <summary>
/// Writes metrics in the Prometheus text exposition format (version 0.0.4): a <c># HELP</c> and <c># TYPE</c> line per
/// family, escaped label values, and histograms as cumulative <c>_bucket</c> lines ending in <c>le="+Inf"</c>, then
/// <c>_sum</c> and <c>_count</c>.
/// </summary>
public sealed class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly StringBuilder _text = new();

    public PrometheusText Gauge(string name, string help, double value) => Single(name, help, "gauge", value);

    public PrometheusText Counter(string name, string help, double value) => Single(name, help, "counter", value);

    /// <summary>A gauge family with one label: one sample per label value.</summary>
    public PrometheusText Gauge(string name, string help, string label, IEnumerable<KeyValuePair<string, double>> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        Header(name, help, "gauge");
        foreach (var (value, sample) in samples)
        {
            Line(name, $"{label}=\"{EscapeLabelValue(value)}\"", sample);
        }

        return this;
    }

    /// <summary>
    /// A histogram family with one label: for each label value, the observations counted into the (ascending) upper
    /// <paramref name="bounds"/>, each bucket including all below it.
    /// </summary>
    public PrometheusText Histogram(string name, string help, string label, IReadOnlyList<double> bounds, IEnumerable<KeyValuePair<string, IReadOnlyList<double>>> observations)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        ArgumentNullException.ThrowIfNull(observations);
        Header(name, help, "histogram");
        foreach (var (value, samples) in observations)
        {
            var labelText = $"{label}=\"{EscapeLabelValue(value)}\"";
            foreach (var bound in bounds)
            {
                Line($"{name}_bucket", $"{labelText},le=\"{Format(bound)}\"", samples.Count(s => s <= bound));
            }

            Line($"{name}_bucket", $"{labelText},le=\"+Inf\"", samples.Count);
            Line($"{name}_sum", labelText, samples.Sum());
            Line($"{name}_count", labelText, samples.Count);
        }

        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>Label values escape backslash, double quote and line feed.</summary>
    public static string EscapeLabelValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
    }

    /// <summary>HELP text escapes backslash and line feed (quotes stay as they are).</summary>
    public static string EscapeHelp(string help)
    {
        ArgumentNullException.ThrowIfNull(help);
        return help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
    }

    public static string Format(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private PrometheusText Single(string name, string help, string type, double value)
    {
        Header(name, help, type);
        Line(name, null, value);
        return this;
    }

    private void Header(string name, string help, string type)
    {
        _text.Append("# HELP ").Append(name).Append(' ').Append(EscapeHelp(help)).Append('\n');
        _text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
    }

    private void Line(string name, string? labels, double value)
    {
        _text.Append(name);
        if (labels is not null)
        {
            _text.Append('{').Append(labels).Append('}');
        }

        _text.Append(' ').Append(Format(value)).Append('\n');
    }
}
