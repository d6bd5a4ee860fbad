namespace Reelforge.Bench.Api;

/// <summary>Exact order statistics over every recorded latency (nearest-rank percentiles, no sampling or bucketing).</summary>
public sealed class LatencySummary
{
    private readonly double[] _sorted;

    public LatencySummary(IEnumerable<double> milliseconds)
    {
        _sorted = [.. milliseconds];
        Array.Sort(_sorted);
    }

    public int Count => _sorted.Length;

    public double Min => _sorted.Length == 0 ? double.NaN : _sorted[0];

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    public double Median => Percentile(50);

    /// <summary>The smallest recorded value with at least <paramref name="percent"/>% of the values at or below it.</summary>
    public double Percentile(double percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (_sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }
}
