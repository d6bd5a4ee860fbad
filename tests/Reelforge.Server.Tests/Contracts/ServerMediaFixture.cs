using Reelforge.Server.Api.Contracts;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Contracts;

/// <summary>A data directory with real uploaded materials and music files, and a secret file beside it to try to reach.</summary>
public sealed class ServerMediaFixture : IDisposable
{
    private readonly TempDirectory _root = new();

    public ServerMediaFixture()
    {
        MaterialsDirectory = Directory.CreateDirectory(Path.Combine(_root.Path, "data", "materials")).FullName;
        MusicDirectory = Directory.CreateDirectory(Path.Combine(_root.Path, "data", "music")).FullName;
        foreach (var name in new[] { "beach.mp4", "city.mov", "logo.png" })
        {
            File.WriteAllBytes(Path.Combine(MaterialsDirectory, name), [1, 2, 3]);
        }

        foreach (var name in new[] { "calm.mp3", "upbeat.mp3" })
        {
            File.WriteAllBytes(Path.Combine(MusicDirectory, name), [1, 2, 3]);
        }

        SecretFile = Path.Combine(_root.Path, "data", "secret.mp3");
        File.WriteAllText(SecretFile, "not for clients");
        Media = new DataDirectoryMedia(MaterialsDirectory, MusicDirectory);
    }

    public string MaterialsDirectory { get; }

    public string MusicDirectory { get; }

    public string SecretFile { get; }

    public DataDirectoryMedia Media { get; }

    public VideoParamsMapper Mapper(bool llmConfigured = false) => new(Media, new VideoParamsMapperOptions { LlmConfigured = llmConfigured });

    public void Dispose() => _root.Dispose();
}
