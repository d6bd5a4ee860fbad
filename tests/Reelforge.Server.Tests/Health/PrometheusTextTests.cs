using Reelforge.Server.Hosting;

namespace Reelforge.Server.Tests.Health;

public sealed class PrometheusTextTests
{
    [Fact]
    public void Gauge_WritesHelpTypeAndSampleLines()
    {
        var text = new PrometheusText().Gauge("reelforge_queue_depth", "Tasks waiting.", 3).ToString();

        Assert.Equal("# HELP reelforge_queue_depth Tasks waiting.\n# TYPE reelforge_queue_depth gauge\nreelforge_queue_depth 3\n", text);
    }

    [Fact]
    public void LabelledGauge_EscapesBackslashQuoteAndNewlineInLabelValues()
    {
        var text = new PrometheusText().Gauge("m", "Help with \\ and\nnewline \"quoted\".", "state", [KeyValuePair.Create("a\\b\"c\nd", 1.5)]).ToString();

        Assert.Contains("# HELP m Help with \\\\ and\\nnewline \"quoted\".\n", text, StringComparison.Ordinal);
        Assert.Contains("m{state=\"a\\\\b\\\"c\\nd\"} 1.5\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Histogram_WritesCumulativeBucketsThenInfSumAndCount()
    {
        IReadOnlyList<double> observations = [0.2, 0.7, 3, 100];
        var text = new PrometheusText().Histogram("d", "Durations.", "stage", [1, 5], [KeyValuePair.Create("render", observations)]).ToString();

        Assert.Equal(
            "# HELP d Durations.\n# TYPE d histogram\n"
            + "d_bucket{stage=\"render\",le=\"1\"} 2\n"
            + "d_bucket{stage=\"render\",le=\"5\"} 3\n"
            + "d_bucket{stage=\"render\",le=\"+Inf\"} 4\n"
            + "d_sum{stage=\"render\"} 103.9\n"
            + "d_count{stage=\"render\"} 4\n",
            text);
    }

    [Theory]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(0.25, "0.25")]
    [InlineData(1e21, "1E+21")]
    public void Format_WritesValuesPrometheusParses(double value, string expected)
    {
        Assert.Equal(expected, PrometheusText.Format(value));
    }
}
