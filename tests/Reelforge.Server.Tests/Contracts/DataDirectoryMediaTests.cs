using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Tests.Contracts;

public sealed class DataDirectoryMediaTests : IDisposable
{
    private readonly ServerMediaFixture _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public void ResolveMaterial_UploadedName_GivesItsFullPath()
    {
        Assert.Equal(Path.Combine(_server.MaterialsDirectory, "city.mov"), _server.Media.ResolveMaterial("city.mov"));
    }

    [Theory]
    [InlineData("../music/calm.mp3")]
    [InlineData("../secret.mp3")]
    [InlineData("")]
    [InlineData(" beach.mp4")]
    public void ResolveMaterial_NameLeavingTheDirectory_IsNull(string name)
    {
        Assert.Null(_server.Media.ResolveMaterial(name));
    }

    [Fact]
    public void ResolveMusic_AbsolutePathInsideTheLibrary_IsNull()
    {
        Assert.Null(_server.Media.ResolveMusic(Path.Combine(_server.MusicDirectory, "calm.mp3")));
    }

    [Fact]
    public void ResolveMusic_SymbolicLinkOutOfTheLibrary_IsNull()
    {
        var link = Path.Combine(_server.MusicDirectory, "link.mp3");
        File.CreateSymbolicLink(link, _server.SecretFile);

        Assert.Null(_server.Media.ResolveMusic("link.mp3"));
    }

    [Fact]
    public void PickMusic_SameSeed_SameTrackFromTheLibrary()
    {
        var first = _server.Media.PickMusic(11);

        Assert.Equal(first, _server.Media.PickMusic(11));
        Assert.Contains(Path.GetFileName(first), new[] { "calm.mp3", "upbeat.mp3" });
    }
}
