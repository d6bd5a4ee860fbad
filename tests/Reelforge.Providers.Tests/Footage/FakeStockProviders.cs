using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Reelforge.Providers.Tests.Footage;

/// <summary>
/// Pexels and Pixabay on loopback: their search endpoints answer with captured-format JSON (TestData), their
/// CDN serves small MP4-looking files under /media/. Keys in <see cref="RefusedKeys"/> get 401 (Pixabay: 400),
/// keys in <see cref="SpentKeys"/> get 429. Each distinct query gets its own ids and media URLs.
/// </summary>
public sealed class FakeStockProviders : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _queryNumbers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _mediaHits = new(StringComparer.Ordinal);

    public FakeStockProviders() => Server = new LoopbackHttpServer(HandleAsync);

    public LoopbackHttpServer Server { get; }

    public Uri BaseUrl => Server.BaseUrl;

    public HashSet<string> RefusedKeys { get; } = new(StringComparer.Ordinal);

    public HashSet<string> SpentKeys { get; } = new(StringComparer.Ordinal);

    public bool EmptyResults { get; set; }

    /// <summary>This many video searches first answer 503 with <see cref="BusyRetryAfter"/> as their Retry-After.</summary>
    public int BusySearches { get; set; }

    public string BusyRetryAfter { get; set; } = "1";

    /// <summary>Photo searches answer 500 (videos still work).</summary>
    public bool PhotoSearchesFail { get; set; }

    /// <summary>Simulated network time per request (search and media).</summary>
    public TimeSpan Latency { get; set; }

    public int MediaBytes { get; set; } = 64 * 1024;

    /// <summary>When set, ordinary .mp4 media requests get this real video file (so a render can use the footage).</summary>
    public string? RealVideo { get; set; }

    public int SearchRequests => Server.CountRequests("/videos/search") + Server.CountRequests("/api/videos");

    /// <summary>Photo searches (Pexels /v1/search, Pixabay /api/ without /videos).</summary>
    public int PhotoSearchRequests => Server.CountRequests("/v1/search") + Server.Requests.Count(r => r.Path == "/api/");

    public int MediaRequests => Server.CountRequests("/media/");

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private static string Template(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    private async Task HandleAsync(HttpListenerContext context)
    {
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency);
        }

        var request = context.Request;
        var path = request.Url!.AbsolutePath;
        if ((path.StartsWith("/videos/search", StringComparison.Ordinal) || path.StartsWith("/api/videos", StringComparison.Ordinal)) && BusySearches > 0)
        {
            BusySearches--;
            await LoopbackHttpServer.WriteAsync(context, 503, "application/json", "{}"u8.ToArray(),
                new Dictionary<string, string> { ["Retry-After"] = BusyRetryAfter });
        }
        else if (path.StartsWith("/videos/search", StringComparison.Ordinal))
        {
            await PexelsAsync(context, request);
        }
        else if (path.StartsWith("/api/videos", StringComparison.Ordinal))
        {
            await PixabayAsync(context, request);
        }
        else if (PhotoSearchesFail && (path.StartsWith("/v1/search", StringComparison.Ordinal) || path == "/api/"))
        {
            await LoopbackHttpServer.WriteJsonAsync(context, 500, "{}");
        }
        else if (path.StartsWith("/v1/search", StringComparison.Ordinal))
        {
            await PexelsAsync(context, request, photos: true);
        }
        else if (path == "/api/")
        {
            await PixabayAsync(context, request, images: true);
        }
        else if (path.StartsWith("/media/", StringComparison.Ordinal))
        {
            await MediaAsync(context, path);
        }
        else
        {
            await LoopbackHttpServer.WriteJsonAsync(context, 404, "{}");
        }
    }

    private async Task PexelsAsync(HttpListenerContext context, HttpListenerRequest request, bool photos = false)
    {
        var key = request.Headers["Authorization"] ?? string.Empty;
        if (key.Length == 0 || RefusedKeys.Contains(key))
        {
            await LoopbackHttpServer.WriteJsonAsync(context, 401, """{"status":401,"code":"Unauthorized"}""");
            return;
        }

        if (SpentKeys.Contains(key))
        {
            await LoopbackHttpServer.WriteAsync(context, 429, "text/plain", "Too Many Requests"u8.ToArray(),
                new Dictionary<string, string> { ["X-Ratelimit-Limit"] = "20000", ["X-Ratelimit-Remaining"] = "0", ["X-Ratelimit-Reset"] = "1767225600" });
            return;
        }

        var page = request.QueryString["page"];
        if (photos)
        {
            await LoopbackHttpServer.WriteJsonAsync(context, 200, EmptyResults || page != "1"
                ? """{"page":1,"per_page":3,"total_results":0,"photos":[]}"""
                : Fill(Template("pexels-photos-search.json"), request.QueryString["query"]));
            return;
        }

        var json = EmptyResults || page is not ("1" or "2")
            ? """{"page":1,"per_page":3,"total_results":0,"url":"https://www.pexels.com/search/videos/nothing/","videos":[]}"""
            : Fill(Template($"pexels-videos-search-page{page}.json"), request.QueryString["query"]);
        await LoopbackHttpServer.WriteJsonAsync(context, 200, json);
    }

    private async Task PixabayAsync(HttpListenerContext context, HttpListenerRequest request, bool images = false)
    {
        var key = request.QueryString["key"] ?? string.Empty;
        if (key.Length == 0 || RefusedKeys.Contains(key))
        {
            await LoopbackHttpServer.WriteAsync(context, 400, "text/html", "[ERROR 400] \"key\" is invalid"u8.ToArray());
            return;
        }

        if (SpentKeys.Contains(key))
        {
            await LoopbackHttpServer.WriteAsync(context, 429, "text/html", "[ERROR 429] Too many requests"u8.ToArray(),
                new Dictionary<string, string> { ["X-RateLimit-Limit"] = "100", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset"] = "60" });
            return;
        }

        var json = EmptyResults || request.QueryString["page"] != "1"
            ? """{"total":0,"totalHits":0,"hits":[]}"""
            : Fill(Template(images ? "pixabay-images-search.json" : "pixabay-videos-search.json"), request.QueryString["q"]);
        await LoopbackHttpServer.WriteJsonAsync(context, 200, json);
    }

    private async Task MediaAsync(HttpListenerContext context, string path)
    {
        var hits = _mediaHits.AddOrUpdate(path, 1, (_, n) => n + 1);
        var name = path["/media/".Length..];
        switch (name)
        {
            case "broken.mp4":
                await LoopbackHttpServer.WriteAsync(context, 200, "text/html; charset=utf-8", FakeMedia.Html());
                return;
            case "not-a-video.mp4":
                await LoopbackHttpServer.WriteAsync(context, 200, "video/mp4", FakeMedia.Html());
                return;
            case "flaky.mp4" when hits == 1:
                await LoopbackHttpServer.WriteAsync(context, 503, "text/plain", "busy"u8.ToArray());
                return;
            case "limited.mp4" when hits == 1:
                await LoopbackHttpServer.WriteAsync(context, 429, "text/plain", "slow down"u8.ToArray(),
                    new Dictionary<string, string> { ["Retry-After"] = "1" });
                return;
            case "always-500.mp4":
                await LoopbackHttpServer.WriteAsync(context, 500, "text/plain", "oops"u8.ToArray());
                return;
            case "chunked-huge.mp4":
                context.Response.StatusCode = 200;
                context.Response.ContentType = "video/mp4";
                context.Response.SendChunked = true;
                var chunk = FakeMedia.Mp4(MediaBytes);
                for (var i = 0; i < 4; i++)
                {
                    await context.Response.OutputStream.WriteAsync(chunk);
                }

                context.Response.Close();
                return;
            case var image when image.EndsWith(".jpg", StringComparison.Ordinal) || image.EndsWith(".jpeg", StringComparison.Ordinal):
                await LoopbackHttpServer.WriteAsync(context, 200, "image/jpeg", FakeMedia.Jpeg(MediaBytes));
                return;
            case var video when RealVideo is not null && video.EndsWith(".mp4", StringComparison.Ordinal):
                await LoopbackHttpServer.WriteAsync(context, 200, "video/mp4", await File.ReadAllBytesAsync(RealVideo));
                return;
            default:
                await LoopbackHttpServer.WriteAsync(context, 200, "video/mp4", FakeMedia.Mp4(name == "huge.mp4" ? MediaBytes * 4 : MediaBytes));
                return;
        }
    }

    private string Fill(string template, string? query)
    {
        var number = _queryNumbers.GetOrAdd(query ?? string.Empty, _ => _queryNumbers.Count + 1);
        return new StringBuilder(template)
            .Replace("{MEDIA}", Server.Url("media/").AbsoluteUri)
            .Replace("{N}", number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToString();
    }
}
