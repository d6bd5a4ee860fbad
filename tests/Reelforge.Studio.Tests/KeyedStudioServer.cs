namespace Reelforge.Studio.Tests;

/// <summary>A studio server with an API key configured: the browser must sign in.</summary>
public sealed class KeyedStudioServer : StudioServer
{
    public const string ApiKey = "studio-test-key-4711";

    protected override IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["Reelforge__Server__ApiKeys__0"] = ApiKey,
    };
}
