using Reelforge.Data.Storage;
using Reelforge.Server.Api;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Files;

public sealed class DataFilePathTests : IDisposable
{
    private readonly TempDirectory _root = new();
    private readonly DataLayout _layout;

    public DataFilePathTests()
    {
        _layout = new DataLayout(Path.Combine(_root.Path, "data"));
        Directory.CreateDirectory(Path.Combine(_layout.Tasks, "t1"));
        Directory.CreateDirectory(_layout.Musics);
        Directory.CreateDirectory(_layout.Materials);
        File.WriteAllText(Path.Combine(_layout.Tasks, "t1", "final-1.mp4"), "video");
        File.WriteAllText(Path.Combine(_layout.Musics, "calm.mp3"), "music");
        File.WriteAllText(Path.Combine(_layout.Root, "secret.txt"), "secret");
        File.WriteAllText(Path.Combine(_root.Path, "outside.mp3"), "outside");
        File.CreateSymbolicLink(Path.Combine(_layout.Musics, "out.mp3"), Path.Combine(_root.Path, "outside.mp3"));
        File.CreateSymbolicLink(Path.Combine(_layout.Musics, "in.mp3"), Path.Combine(_layout.Musics, "calm.mp3"));
        Directory.CreateSymbolicLink(Path.Combine(_layout.Tasks, "t2"), _root.Path);
    }

    [Theory]
    [InlineData("tasks/t1/final-1.mp4", "tasks/t1/final-1.mp4")]
    [InlineData("musics/calm.mp3", "musics/calm.mp3")]
    [InlineData("musics/in.mp3", "musics/calm.mp3")]
    public void Resolve_AFileInAServedArea_GivesItsPath(string relative, string expected)
    {
        Assert.Equal(Path.Combine(_layout.Root, expected), DataFilePath.Resolve(_layout, relative));
    }

    [Theory]
    [InlineData("")]
    [InlineData("secret.txt")]
    [InlineData("tasks/../secret.txt")]
    [InlineData("tasks/t1/../../secret.txt")]
    [InlineData("tasks/./t1/final-1.mp4")]
    [InlineData("tasks//t1/final-1.mp4")]
    [InlineData("tasks\\..\\secret.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("tasks/t1")]
    [InlineData("cache/x")]
    [InlineData("musics/out.mp3")]
    [InlineData("tasks/t2/outside.mp3")]
    [InlineData("tasks/t2/data/secret.txt")]
    public void Resolve_AnythingElse_GivesNothing(string relative)
    {
        Assert.Null(DataFilePath.Resolve(_layout, relative));
    }

    public void Dispose() => _root.Dispose();
}
