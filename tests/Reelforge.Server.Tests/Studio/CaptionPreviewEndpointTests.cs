using System.Net;
using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;
using SkiaSharp;

namespace Reelforge.Server.Tests.Studio;

/// <summary><c>/studio/caption-preview</c>: a PNG frame with the caption burned in by ffmpeg, at the chosen aspect.</summary>
public sealed class CaptionPreviewEndpointTests : IDisposable
{
    private readonly ReelforgeApiFactory _factory = new(runWorker: false);

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("9:16", 360, 640)]
    [InlineData("16:9", 640, 360)]
    public async Task Preview_IsAPngOfTheAspect_At360OnTheShortSide(string aspect, int width, int height)
    {
        RequiredTool.Require("ffmpeg");
        using var bitmap = await PreviewAsync($"aspect={Uri.EscapeDataString(aspect)}&text=Volcanoes%20are%20openings.");

        Assert.Equal(width, bitmap.Width);
        Assert.Equal(height, bitmap.Height);
    }

    [Fact]
    public async Task Preview_CaptionColour_ChangesTheCaptionPixels()
    {
        RequiredTool.Require("ffmpeg");
        const string Query = "aspect=9:16&position=center&font_size=120&text=Lava";
        using var red = await PreviewAsync(Query + "&text_color=%23FF0000");
        using var green = await PreviewAsync(Query + "&text_color=%2300FF00");

        // Background and layout are the same; only the glyphs' colour differs.
        Assert.True(Count(red, IsRed) > 200, "no red caption pixels in the red preview");
        Assert.Equal(0, Count(green, IsRed));
        Assert.True(Count(green, IsGreen) > 200, "no green caption pixels in the green preview");
        Assert.Equal(0, Count(red, IsGreen));
    }

    [Fact]
    public async Task Preview_WordMode_ShowsOneWordInTheHighlightColour()
    {
        RequiredTool.Require("ffmpeg");
        const string Query = "aspect=9:16&position=center&font_size=100&text_color=%23FF0000&highlight_color=%2300FF00&text=Lava%20flows%20down";
        using var sentence = await PreviewAsync(Query + "&captions=sentence");
        using var words = await PreviewAsync(Query + "&captions=words");

        Assert.Equal(0, Count(sentence, IsGreen));
        Assert.True(Count(words, IsGreen) > 100, "no highlighted word in word mode");
        Assert.True(Count(words, IsRed) > 100, "the other words lost their colour in word mode");
    }

    [Fact]
    public async Task Preview_SameStyleTwice_IsServedFromTheCache()
    {
        RequiredTool.Require("ffmpeg");
        using (await PreviewAsync("aspect=1:1&text=Cached%20once")) { }
        var cached = Directory.GetFiles(Path.Combine(_factory.DataDirectory, "cache", "caption-previews"), "*.png");
        var written = File.GetLastWriteTimeUtc(Assert.Single(cached));
        using (await PreviewAsync("aspect=1:1&text=Cached%20once")) { }

        Assert.Equal(written, File.GetLastWriteTimeUtc(Assert.Single(Directory.GetFiles(Path.Combine(_factory.DataDirectory, "cache", "caption-previews"), "*.png"))));
    }

    [Fact]
    public async Task Preview_BadColour_Is400NamingTheField()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/studio/caption-preview?text_color=reddish", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text_color must be a colour like #FFD400", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static bool IsRed(SKColor c) => c.Red > 200 && c.Green < 60 && c.Blue < 60;

    private static bool IsGreen(SKColor c) => c.Green > 200 && c.Red < 60 && c.Blue < 60;

    private static int Count(SKBitmap bitmap, Func<SKColor, bool> match)
    {
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                count += match(bitmap.GetPixel(x, y)) ? 1 : 0;
            }
        }

        return count;
    }

    private async Task<SKBitmap> PreviewAsync(string query)
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/studio/caption-preview?" + query, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        return SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
    }
}
