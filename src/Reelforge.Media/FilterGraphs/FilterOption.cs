namespace Reelforge.Media.FilterGraphs;

/// <summary>One option of a filter: a name (null for a positional value) and its raw, unescaped value.</summary>
public readonly record struct FilterOption(string? Name, string Value);
