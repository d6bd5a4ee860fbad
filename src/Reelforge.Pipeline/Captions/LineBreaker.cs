namespace Reelforge.Pipeline.Captions;

/// <summary>Chooses line breaks: the fewest lines that fit, then the most even line widths among those.</summary>
internal static class LineBreaker
{
    /// <summary>The end token index (exclusive) of each line.</summary>
    public static IReadOnlyList<int> Break(IReadOnlyList<CaptionToken> tokens, double[] widths, double space, double maxWidth)
    {
        var n = tokens.Count;
        var prefix = new double[n + 1];
        var gaps = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = prefix[i] + widths[i];
            gaps[i + 1] = gaps[i] + (tokens[i].SpaceBefore ? space : 0);
        }

        double Width(int from, int to) => prefix[to] - prefix[from] + (gaps[to] - gaps[from + 1]);

        bool Fits(int from, int to)
        {
            for (var k = from; k < to - 1; k++)
            {
                if (tokens[k].HyphenAfter)
                {
                    return false;
                }
            }

            // a single token wider than the line cannot be helped
            return to - from == 1 || Width(from, to) <= maxWidth;
        }

        var lineCount = 0;
        for (var start = 0; start < n; lineCount++)
        {
            var end = start + 1;
            while (end < n && Fits(start, end + 1))
            {
                end++;
            }

            start = end;
        }

        // cost[k, j]: least sum of squared slack laying out the first j tokens in k lines
        var cost = new double[lineCount + 1, n + 1];
        var from = new int[lineCount + 1, n + 1];
        for (var k = 0; k <= lineCount; k++)
        {
            for (var j = 0; j <= n; j++)
            {
                cost[k, j] = double.PositiveInfinity;
            }
        }

        cost[0, 0] = 0;
        for (var k = 1; k <= lineCount; k++)
        {
            for (var j = k; j <= n; j++)
            {
                for (var i = j - 1; i >= k - 1; i--)
                {
                    if (!Fits(i, j))
                    {
                        break;
                    }

                    if (double.IsPositiveInfinity(cost[k - 1, i]))
                    {
                        continue;
                    }

                    var slack = Math.Max(0, maxWidth - Width(i, j));
                    var c = cost[k - 1, i] + (slack * slack);
                    if (c < cost[k, j])
                    {
                        cost[k, j] = c;
                        from[k, j] = i;
                    }
                }
            }
        }

        var ends = new int[lineCount];
        for (int k = lineCount, j = n; k > 0; k--)
        {
            ends[k - 1] = j;
            j = from[k, j];
        }

        return ends;
    }
}
