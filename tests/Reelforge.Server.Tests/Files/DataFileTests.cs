using System.Net;
using System.Net.Http.Headers;
using Reelforge.Server.Tests.Support;

namespace Reelforge.Server.Tests.Files;

public sealed class DataFileTests : IDisposable
{
    private const string TaskId = "3f2b8c1e-0d4a-4b6e-9c7f-1a2b3c4d5e6f";
    private static readonly byte[] Content = Enumerable.Range(0, 1000).Select(i => (byte)(i % 251)).ToArray();

    private readonly ReelforgeApiFactory _factory = new(runWorker: false);
    private readonly string _outside = Path.Combine(Path.GetTempPath(), $"reelforge-outside-{Guid.NewGuid():N}");
    private readonly HttpClient _client;

    public DataFileTests()
    {
        _client = _factory.CreateClient();
        var task = Directory.CreateDirectory(Path.Combine(_factory.DataDirectory, "tasks", TaskId)).FullName;
        File.WriteAllBytes(Path.Combine(task, "final-1.mp4"), Content);
        File.WriteAllText(Path.Combine(_factory.DataDirectory, "secret.txt"), "the database password");
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "passwd.mp3"), "outside the data directory");
        File.CreateSymbolicLink(Path.Combine(_factory.DataDirectory, "musics", "link-out.mp3"), Path.Combine(_outside, "passwd.mp3"));
        Directory.CreateSymbolicLink(Path.Combine(_factory.DataDirectory, "materials", "dir-out"), _outside);
        File.CreateSymbolicLink(Path.Combine(task, "link-out.mp4"), Path.Combine(_outside, "passwd.mp3"));
    }

    [Fact]
    public async Task TaskFileRoute_ServesTheFile_ButNotALinkLeadingOutOfTheDataDirectory()
    {
        var served = await _client.GetAsync($"/tasks/{TaskId}/final-1.mp4");
        var linked = await _client.GetAsync($"/tasks/{TaskId}/link-out.mp4");

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(Content, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, linked.StatusCode);
        Assert.DoesNotContain("outside the data directory", await linked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    [Fact]
    public async Task Stream_ATaskFile_ServesItWithAcceptRangesAndItsType()
    {
        var response = await _client.GetAsync($"/api/v1/stream/tasks/{TaskId}/final-1.mp4");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("bytes", response.Headers.AcceptRanges);
        Assert.Equal(Content, await response.Content.ReadAsByteArrayAsync());
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task Stream_WithARange_Is206WithJustThatSlice()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/stream/tasks/{TaskId}/final-1.mp4");
        request.Headers.Range = new RangeHeaderValue(100, 199);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("bytes 100-199/1000", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(Content[100..200], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Stream_WithARangePastTheEnd_Is416()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/stream/tasks/{TaskId}/final-1.mp4");
        request.Headers.Range = new RangeHeaderValue(5000, 6000);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal("bytes */1000", response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task Download_ATaskFile_IsAnAttachmentWithRanges()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/download/tasks/{TaskId}/final-1.mp4");
        request.Headers.Range = new RangeHeaderValue(0, 9);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("final-1.mp4", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(Content[..10], await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("secret.txt")]
    [InlineData("tasks/..%2Fsecret.txt")]
    [InlineData("tasks/%2e%2e/secret.txt")]
    [InlineData("tasks/%2E%2E%2Fsecret.txt")]
    [InlineData("%2Fetc%2Fpasswd")]
    [InlineData("tasks/%2Fetc%2Fpasswd")]
    [InlineData("musics/link-out.mp3")]
    [InlineData("materials/dir-out/passwd.mp3")]
    [InlineData("cache/x")]
    [InlineData("jobs.db")]
    [InlineData("tasks/" + TaskId + "/missing.mp4")]
    public async Task StreamAndDownload_OutsideTheServedAreas_Are404WithoutTheFile(string path)
    {
        foreach (var route in new[] { "stream", "download" })
        {
            var response = await _client.GetAsync($"/api/v1/{route}/{path}");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("password", body, StringComparison.Ordinal);
            Assert.DoesNotContain("outside the data directory", body, StringComparison.Ordinal);
        }
    }
}
