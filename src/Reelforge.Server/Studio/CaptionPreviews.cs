using System.Text.Json;
using Reelforge.Core;
using Reelforge.Core.Requests;
using Reelforge.Data.Storage;
using Reelforge.Media;
using Reelforge.Pipeline.Captions;

namespace Reelforge.Server.Studio;

/// <summary>
/// Caption preview frames, rendered by ffmpeg with the pipeline's own layout and ASS and kept in the data directory's
/// cache under the hash of what they show, so an unchanged style is rendered once. Two renders at a time at most.
/// </summary>
public sealed class CaptionPreviews(FfmpegRunner runner, DataLayout layout) : IDisposable
{
    /// <summary>The preview's short side in pixels.</summary>
    public const int ShortSide = 360;

    /// <summary>Previews kept; the oldest go first (each is a few tens of kilobytes).</summary>
    public const int MaxFiles = 200;

    private readonly SemaphoreSlim _renders = new(2, 2);
    private readonly CaptionPreviewRenderer _renderer = new(runner);

    public string Directory => Path.Combine(layout.Cache, "caption-previews");

    /// <summary>The PNG file showing <paramref name="text"/> in <paramref name="style"/> at <paramref name="aspect"/>.</summary>
    public async Task<string> GetAsync(string text, CaptionStyle style, AspectRatio aspect, CancellationToken cancellationToken)
    {
        var size = aspect.SizeFor(ShortSide);
        var key = ContentHash.Of(JsonSerializer.Serialize(new { v = 1, text, style, size = size.ToString() }));
        var path = Path.Combine(Directory, key + ".png");
        if (File.Exists(path))
        {
            return path;
        }

        System.IO.Directory.CreateDirectory(Directory);
        await _renders.WaitAsync(cancellationToken);
        try
        {
            if (!File.Exists(path))
            {
                await _renderer.RenderAsync(text, style, size, path, cancellationToken);
                Prune(path);
            }
        }
        finally
        {
            _renders.Release();
        }

        return path;
    }

    private void Prune(string keep)
    {
        var files = new DirectoryInfo(Directory).GetFiles("*.png");
        foreach (var old in files.Where(f => f.FullName != keep).OrderBy(f => f.LastWriteTimeUtc).Take(files.Length - MaxFiles))
        {
            try
            {
                old.Delete();
            }
            catch (IOException)
            {
                // being served right now: it goes next time
            }
        }
    }

    public void Dispose() => _renders.Dispose();
}
