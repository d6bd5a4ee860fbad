using System.Text;

namespace Reelforge.Media.FilterGraphs;

/// <summary>A linear chain of filters from input pads to output pads: <c>[in]f1,f2[out]</c>.</summary>
public sealed class FilterChain
{
    public FilterChain(IReadOnlyList<string> inputs, IReadOnlyList<Filter> filters, IReadOnlyList<string> outputs)
    {
        if (filters.Count == 0)
        {
            throw new ArgumentException("A filter chain needs at least one filter.", nameof(filters));
        }

        Inputs = inputs;
        Filters = filters;
        Outputs = outputs;
    }

    public IReadOnlyList<string> Inputs { get; }

    public IReadOnlyList<Filter> Filters { get; }

    public IReadOnlyList<string> Outputs { get; }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var input in Inputs)
        {
            text.Append('[').Append(input).Append(']');
        }

        text.AppendJoin(',', Filters);
        foreach (var output in Outputs)
        {
            text.Append('[').Append(output).Append(']');
        }

        return text.ToString();
    }
}
