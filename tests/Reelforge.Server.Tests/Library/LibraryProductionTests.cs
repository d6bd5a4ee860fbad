using Microsoft.Extensions.DependencyInjection;
using Reelforge.Core.Requests;
using Reelforge.Jobs.Production;
using Reelforge.Pipeline.Generation;
using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Library;

/// <summary>A video made with the footage source "library" cuts its scene from the imported clip that matches it.</summary>
public sealed class LibraryProductionTests(ImportedLibrary library) : IClassFixture<ImportedLibrary>
{
    [Fact]
    public async Task Produce_WithLibraryFootage_UsesTheMatchingImportedClip()
    {
        RequiredTool.Require("flite");
        using var work = new TempDirectory();
        using var host = ProductionHost.Build(configure: b => b.Services.AddSingleton(library.Database));
        var producer = host.Services.GetRequiredService<VideoProducer>();
        var request = new VideoRequest
        {
            Scenes = [new SceneSpec("Waves roll onto the shore.", ["ocean waves"])],
            Format = new VideoFormat { ShortSide = 180, Quality = RenderQuality.Draft },
            Voice = new VoiceOptions { Voice = new VoiceSelection("flite", "slt") },
            Music = new MusicOptions { None = true },
            // The fixture clips are 2 s long: cuts of at most 1.5 s let the composer use them.
            Footage = new FootageOptions { StockSources = ["library"], ClipMinSeconds = 1, ClipMaxSeconds = 1.5 },
            Seed = 7,
        };
        var options = new GenerationOptions(work.File("out.mp4"), work.File("work"), work.File("cache"));

        var result = await producer.ProduceAsync(request, options, null, CancellationToken.None);

        Assert.True(File.Exists(result.VideoPath));
        var manifest = await File.ReadAllTextAsync(result.ManifestPath!);
        Assert.Contains(library.Paths.Ocean, manifest, StringComparison.Ordinal);
        Assert.DoesNotContain(library.Paths.Traffic, manifest, StringComparison.Ordinal);
    }
}
