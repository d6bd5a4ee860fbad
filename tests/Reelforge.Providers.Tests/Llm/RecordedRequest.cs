using System.Collections.Specialized;
using System.Text.Json.Nodes;

namespace Reelforge.Providers.Tests.Llm;

/// <summary>What the fake server received.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, NameValueCollection Headers, string Body)
{
    public string Path => PathAndQuery.Split('?')[0];

    public JsonNode Json => JsonNode.Parse(Body)!;

    public string? Header(string name) => Headers[name];
}
