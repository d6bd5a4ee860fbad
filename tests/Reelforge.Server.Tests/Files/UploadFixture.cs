using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Files;

/// <summary>One API (no worker) shared by the upload tests, and real media files made with ffmpeg to send it.</summary>
public sealed class UploadFixture : IDisposable
{
    private readonly TempDirectory _sources = new();

    public ReelforgeApiFactory Factory { get; } = new(runWorker: false);

    public string Mp3 { get; }

    public string Mp4 { get; }

    public string Png { get; }

    public string SourceDirectory => _sources.Path;

    public UploadFixture()
    {
        Mp3 = MediaFixtures.Tone(_sources.Path, "tone.mp3", 1);
        Mp4 = MediaFixtures.Video(_sources.Path, "clip.mp4", 64, 64, 0.5);
        Png = MediaFixtures.Image(_sources.Path, "still.png", 32, 32);
        Factory.CreateClient().Dispose();
    }

    public void Dispose()
    {
        Factory.Dispose();
        _sources.Dispose();
    }
}
