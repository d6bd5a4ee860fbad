using System.Globalization;
using Reelforge.Core.Footage;
using Reelforge.Core.Requests;
using Reelforge.Media.FilterGraphs;

namespace Reelforge.Pipeline.Render;

/// <summary>
/// Draws a procedural background inside the filter graph: a slowly turning gradient with two drifting soft lights,
/// generated at a sixth of the frame size (smooth images lose nothing) and scaled up once, so it costs far less
/// than the encode.
/// </summary>
internal static class ProceduralGraph
{
    private const int Downscale = 6;

    /// <summary>The drift is slow: drawn at 15 fps and doubled, it looks the same and costs half (and encodes cheaper).</summary>
    private const int DrawRate = 15;

    /// <summary>Adds the background's source chains and returns the label of a small, full-frame-rate stream.</summary>
    public static string Add(FilterGraph graph, ProceduralBackground background, FrameSize size, int fps, double duration)
    {
        var random = new Random(background.Seed);
        var w = Even(size.Width / Downscale);
        var h = Even(size.Height / Downscale);
        var palette = background.Palette;
        var seconds = Filter.FormatNumber(duration + 0.1);
        var drawRate = Math.Min(fps, DrawRate);

        var baseFilter = new Filter("gradients")
            .Set("s", $"{w}x{h}")
            .Set("r", drawRate)
            .Set("d", seconds)
            .Set("n", Math.Min(palette.Count, 3))
            .Set("t", background.Style)
            .Set("speed", Filter.FormatNumber(0.008 + (random.NextDouble() * 0.012)))
            .Set("seed", background.Seed)
            .Set("x0", random.Next(w)).Set("y0", random.Next(h / 3))
            .Set("x1", random.Next(w)).Set("y1", h - random.Next(h / 3));
        for (var i = 0; i < Math.Min(palette.Count, 3); i++)
        {
            baseFilter.Set($"c{i}", Hex(palette[i]));
        }

        var baseLabel = graph.NewLabel("pg");
        graph.Add([], [baseFilter], [baseLabel]);

        var current = baseLabel;
        for (var orb = 0; orb < 2; orb++)
        {
            var diameter = Even((int)(w * (0.55 + (random.NextDouble() * 0.35))));
            var color = Hex(palette[3 + (orb % Math.Max(1, palette.Count - 3))]);
            var orbLabel = graph.NewLabel("po");
            graph.Add([], [new Filter("gradients")
                .Set("s", $"{diameter}x{diameter}")
                .Set("r", drawRate)
                .Set("d", seconds)
                .Set("t", "radial")
                .Set("n", 2)
                .Set("c0", color + "90")
                .Set("c1", color + "00")
                .Set("x0", diameter / 2).Set("y0", diameter / 2)
                .Set("x1", diameter / 2).Set("y1", 0)], [orbLabel]);

            // A slow Lissajous drift: different speeds and phases per orb, all within the frame.
            var fx = Filter.FormatNumber(0.15 + (random.NextDouble() * 0.25));
            var fy = Filter.FormatNumber(0.1 + (random.NextDouble() * 0.2));
            var phase = Filter.FormatNumber(random.NextDouble() * Math.PI * 2);
            var mixed = graph.NewLabel("pm");
            graph.Add([current, orbLabel], [new Filter("overlay")
                .Set("x", $"(W-w)/2+(W-w/2)*0.45*sin(t*{fx}+{phase})")
                .Set("y", $"(H-h)/2+(H-h/2)*0.4*cos(t*{fy}+{phase})")
                .Set("shortest", 1)], [mixed]);
            current = mixed;
        }

        // Still small: frames are doubled to the output rate here, and transitions between two procedural clips
        // are blended at this size too; ScaleUp brings each piece to the frame size just before it is joined.
        return graph.Then(current, "pv",
            new Filter("format").Set("pix_fmts", "yuv420p"),
            new Filter("setsar").Arg("1"),
            new Filter("fps").Set("fps", fps));
    }

    /// <summary>Scales a small procedural stream up to the frame; fast bilinear is plenty for smooth gradients.</summary>
    public static string ScaleUp(FilterGraph graph, string input, FrameSize size) =>
        graph.Then(input, "up",
            new Filter("scale").Set("w", size.Width).Set("h", size.Height).Set("flags", "fast_bilinear"),
            new Filter("setsar").Arg("1"));

    private static int Even(int value) => Math.Max(2, value & ~1);

    private static string Hex(string color) =>
        "0x" + color.TrimStart('#').ToUpper(CultureInfo.InvariantCulture);
}
