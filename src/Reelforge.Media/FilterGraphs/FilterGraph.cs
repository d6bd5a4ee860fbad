namespace Reelforge.Media.FilterGraphs;

/// <summary>
/// A typed builder for an ffmpeg <c>-filter_complex</c> graph. Pads are named; the builder checks that every
/// pad consumed was produced (or is an input stream like <c>0:v</c>) and that no produced pad is consumed twice.
/// </summary>
public sealed class FilterGraph
{
    private readonly List<FilterChain> _chains = [];
    private readonly HashSet<string> _produced = new(StringComparer.Ordinal);
    private readonly HashSet<string> _consumed = new(StringComparer.Ordinal);
    private int _nextLabel;

    public IReadOnlyList<FilterChain> Chains => _chains;

    /// <summary>A fresh pad label with the given prefix.</summary>
    public string NewLabel(string prefix) => $"{prefix}{_nextLabel++}";

    /// <summary>Adds a chain reading <paramref name="inputs"/> and producing <paramref name="outputs"/>.</summary>
    public FilterGraph Add(IReadOnlyList<string> inputs, IReadOnlyList<Filter> filters, IReadOnlyList<string> outputs)
    {
        foreach (var input in inputs)
        {
            if (!IsStreamSpecifier(input) && !_produced.Contains(input))
            {
                throw new InvalidOperationException($"Filter graph pad [{input}] is used before it is produced.");
            }

            if (!_consumed.Add(input))
            {
                throw new InvalidOperationException($"Filter graph pad [{input}] is consumed twice; split it first.");
            }
        }

        foreach (var output in outputs)
        {
            if (!_produced.Add(output))
            {
                throw new InvalidOperationException($"Filter graph pad [{output}] is produced twice.");
            }
        }

        _chains.Add(new FilterChain(inputs, filters, outputs));
        return this;
    }

    /// <summary>Adds a one-input, one-output chain and returns the output label.</summary>
    public string Then(string input, string outputPrefix, params Filter[] filters)
    {
        var output = NewLabel(outputPrefix);
        Add([input], filters, [output]);
        return output;
    }

    /// <summary>The graph text for <c>-filter_complex</c>, one chain per line for readable logs.</summary>
    public override string ToString() => string.Join(";\n", _chains);

    private static bool IsStreamSpecifier(string label) => label.Length > 0 && char.IsAsciiDigit(label[0]);
}
