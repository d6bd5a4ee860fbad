namespace Reelforge.TestSupport;

/// <summary>A request the loopback server received.</summary>
public sealed record LoopbackRequest(string Method, string Path, string Query, string Body, IReadOnlyDictionary<string, string> Headers);
