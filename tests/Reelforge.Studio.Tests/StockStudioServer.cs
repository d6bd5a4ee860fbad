using Reelforge.Providers.Tests.Footage;
using Reelforge.TestSupport;

namespace Reelforge.Studio.Tests;

/// <summary>
/// A studio server whose Pexels and Pixabay are the loopback fakes of the provider tests; Pexels has a key configured
/// and its media answer with a real 6 s portrait clip, so a render can use what the studio picked.
/// </summary>
public sealed class StockStudioServer : StudioServer
{
    public const string PexelsKey = "pexels-studio-key";

    public const string RefusedKey = "refused-studio-key";

    private readonly TempDirectory _files = new();

    public StockStudioServer()
    {
        RequiredTool.Require("ffmpeg");
        Fake = new FakeStockProviders { RealVideo = MediaFixtures.Video(_files.Path, "ocean.mp4", 360, 640, 6) };
        Fake.RefusedKeys.Add(RefusedKey);
    }

    public FakeStockProviders Fake { get; }

    protected override IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["Reelforge__Footage__Pexels__ApiKeys__0"] = PexelsKey,
        ["Reelforge__Footage__Pexels__BaseUrl"] = Fake.BaseUrl.ToString(),
        ["Reelforge__Footage__Pixabay__BaseUrl"] = Fake.BaseUrl.ToString(),
        ["Reelforge__Footage__AllowLoopbackForTests"] = "true",
        ["Reelforge__Footage__IncludePhotos"] = "false",
        ["Reelforge__Footage__CacheDirectory"] = Path.Combine(_files.Path, "footage-cache"),
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Fake.DisposeAsync();
        _files.Dispose();
    }
}
