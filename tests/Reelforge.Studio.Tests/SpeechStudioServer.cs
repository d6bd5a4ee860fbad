using Reelforge.TestSupport;

namespace Reelforge.Studio.Tests;

/// <summary>A studio server whose OpenAI and ElevenLabs speech endpoints are loopback fakes; no speech key is configured.</summary>
public sealed class SpeechStudioServer : StudioServer
{
    public FakeSpeechApis Speech { get; } = new();

    protected override IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["Reelforge__Speech__OpenAI__BaseUrl"] = Speech.BaseUrl.ToString(),
        ["Reelforge__Speech__ElevenLabs__BaseUrl"] = Speech.BaseUrl.ToString(),
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Speech.DisposeAsync();
    }
}
