using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reelforge.Server.Tests.Files;

public sealed class MediaLibraryTests(UploadFixture fixture) : IClassFixture<UploadFixture>
{
    private string Musics => Path.Combine(fixture.Factory.DataDirectory, "musics");

    private string Materials => Path.Combine(fixture.Factory.DataDirectory, "materials");

    [Fact]
    public async Task PostMusic_WithAnMp3_StoresItUnderAGeneratedNameThatTheListShows()
    {
        using var client = fixture.Factory.CreateClient();
        using var form = Uploads.Form(await File.ReadAllBytesAsync(fixture.Mp3), "My Song.mp3", contentType: "audio/mpeg");

        var response = await client.PostAsync("/api/v1/musics", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("file").GetString()!;
        Assert.Matches("^[0-9a-f]{32}\\.mp3$", stored);
        Assert.Equal(new FileInfo(fixture.Mp3).Length, new FileInfo(Path.Combine(Musics, stored)).Length);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/musics");
        var entry = list.GetProperty("data").GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString() == stored);
        Assert.Equal(stored, entry.GetProperty("name").GetString());
        Assert.Equal(new FileInfo(fixture.Mp3).Length, entry.GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task PostMusic_WithTextNamedMp3_Is422NamingFileAndKeepsNothing()
    {
        using var client = fixture.Factory.CreateClient();
        var before = Directory.GetFiles(Musics).Length;
        using var form = Uploads.Form("not audio at all"u8.ToArray(), "fake.mp3");

        var response = await client.PostAsync("/api/v1/musics", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("file", body.GetProperty("data")[0].GetProperty("loc")[1].GetString());
        Assert.Equal(before, Directory.GetFiles(Musics).Length);
        Assert.Empty(Directory.GetFiles(Path.Combine(fixture.Factory.DataDirectory, "cache", "uploads")));
    }

    [Fact]
    public async Task PostMusic_WithRandomBytesNamedMp3_Is422EvenThoughFfprobeSeesAnMp3Stream()
    {
        using var client = fixture.Factory.CreateClient();
        var noise = new byte[256 * 1024];
        new Random(7).NextBytes(noise);
        using var form = Uploads.Form(noise, "noise.mp3");

        var response = await client.PostAsync("/api/v1/musics", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task PostMusic_WithAVideoOnlyFile_Is422BecauseThereIsNoAudio()
    {
        using var client = fixture.Factory.CreateClient();
        using var form = Uploads.Form(await File.ReadAllBytesAsync(fixture.Mp4), "silent.m4a");

        var response = await client.PostAsync("/api/v1/musics", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("audio stream", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("song.exe")]
    [InlineData("song")]
    [InlineData("/etc/passwd")]
    public async Task PostMusic_WithAnExtensionOffTheList_Is422(string fileName)
    {
        using var client = fixture.Factory.CreateClient();
        using var form = Uploads.Form(await File.ReadAllBytesAsync(fixture.Mp3), fileName);

        var response = await client.PostAsync("/api/v1/musics", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(".flac", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../x.mp3")]
    [InlineData("..\\..\\x.mp3")]
    [InlineData("/tmp/x.mp3")]
    public async Task PostMusic_WithAPathAsFileName_StoresOnlyInsideMusics(string fileName)
    {
        using var client = fixture.Factory.CreateClient();
        using var form = Uploads.Form(await File.ReadAllBytesAsync(fixture.Mp3), fileName);

        var response = await client.PostAsync("/api/v1/musics", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("file").GetString()!;
        Assert.True(File.Exists(Path.Combine(Musics, stored)));
        Assert.DoesNotContain("x.mp3", stored, StringComparison.Ordinal);
        var root = fixture.Factory.DataDirectory;
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(root, "..", "x.mp3"))));
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(Musics, "..", "..", "x.mp3"))));
        Assert.Empty(Directory.EnumerateFiles(root, "x.mp3", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task PostVideoMaterial_WithAnMp4AndAPng_StoresBothAndListsThem()
    {
        using var client = fixture.Factory.CreateClient();
        var stored = new List<string>();
        foreach (var (path, name) in new[] { (fixture.Mp4, "beach.mp4"), (fixture.Png, "logo.png") })
        {
            using var form = Uploads.Form(await File.ReadAllBytesAsync(path), name);
            var response = await client.PostAsync("/api/v1/video_materials", form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            stored.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("file").GetString()!);
        }

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/video_materials");
        var files = list.GetProperty("data").GetProperty("files").EnumerateArray().Select(f => f.GetProperty("file").GetString()).ToList();
        Assert.Contains(stored[0], files);
        Assert.Contains(stored[1], files);
        Assert.EndsWith(".png", stored[1], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Materials, stored[0])));
    }

    [Fact]
    public async Task PostVideoMaterial_WithAudioOnlyNamedMp4_Is422AndKeepsNothing()
    {
        using var client = fixture.Factory.CreateClient();
        var before = Directory.Exists(Materials) ? Directory.GetFiles(Materials).Length : 0;
        using var form = Uploads.Form(await File.ReadAllBytesAsync(fixture.Mp3), "clip.mp4");

        var response = await client.PostAsync("/api/v1/video_materials", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(before, Directory.Exists(Materials) ? Directory.GetFiles(Materials).Length : 0);
    }

    [Fact]
    public async Task PostMusic_WithoutTheFileField_Is422NamingFile()
    {
        using var client = fixture.Factory.CreateClient();
        using var form = Uploads.Form(await File.ReadAllBytesAsync(fixture.Mp3), "a.mp3", field: "music");

        var response = await client.PostAsync("/api/v1/musics", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("'file'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
