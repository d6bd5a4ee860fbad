using Reelforge.Core.Requests;
using Reelforge.Pipeline.Render;
using Reelforge.Pipeline.Tests.Compose;
using static Reelforge.Pipeline.Tests.Compose.TimelineFixtures;

namespace Reelforge.Pipeline.Tests.Render;

public class RenderCommandBuilderTests
{
    private static RenderCommand BuildTwoClipCommand(FootageFit fit = FootageFit.Crop, int manyVideoInputs = 12)
    {
        var request = Request(1, clipMin: 2, clipMax: 3) with { Footage = new FootageOptions { ClipMinSeconds = 2, ClipMaxSeconds = 3, Fit = fit } };
        var timeline = ComposeTimeline(request, NarrationOf((0, 0, 3.5)), [Video("a.mp4", 10), Video("b.mp4", 10)]);
        return RenderCommandBuilder.Build(timeline, new RenderSettings("/out/v.mp4", RenderQuality.Standard) { ManyVideoInputs = manyVideoInputs });
    }

    [Theory]
    [InlineData(12, "2", false)]
    [InlineData(1, "1", true)]
    public void Build_ManyVideoInputs_GivesEachDecoderOneThreadAndBoundsTheEncoderAndItsLookahead(int manyVideoInputs, string decoderThreads, bool encoderBounded)
    {
        var args = BuildTwoClipCommand(manyVideoInputs: manyVideoInputs).Arguments.ToList();

        var encoder = args.IndexOf("-c:v");
        var threads = args.Select((a, i) => (a, i)).Where(p => p.a == "-threads").ToList();
        Assert.All(threads.Where(p => p.i < encoder), p => Assert.Equal(decoderThreads, args[p.i + 1]));
        Assert.Equal(2, threads.Count(p => p.i < encoder));
        Assert.Equal(encoderBounded, threads.Any(p => p.i > encoder));
        Assert.Equal(encoderBounded, args.Contains("-rc-lookahead"));
        Assert.Equal(encoderBounded, BuildTwoClipCommand(manyVideoInputs: manyVideoInputs).Environment?.ContainsKey("MALLOC_ARENA_MAX") ?? false);
    }

    [Fact]
    public void Build_TwoVideos_BlendsOnlyTheOverlapThenBurnsCaptionsAndDucksMusic()
    {
        var command = BuildTwoClipCommand();

        Assert.Equal("""
            [0:v]fps=fps=30[r0];
            [r0]scale=w=360:h=640:force_original_aspect_ratio=increase:force_divisible_by=2:flags=bilinear,crop=w=360:h=640[f1];
            [f1]setsar=1,format=pix_fmts=yuv420p,trim=duration=2.9,setpts=PTS-STARTPTS[c2];
            [1:v]fps=fps=30[r3];
            [r3]scale=w=360:h=640:force_original_aspect_ratio=increase:force_divisible_by=2:flags=bilinear,crop=w=360:h=640[f4];
            [f4]setsar=1,format=pix_fmts=yuv420p,trim=duration=2.6,setpts=PTS-STARTPTS[c5];
            [c2]split=outputs=2[sp6][sp7];
            [sp6]trim=end_frame=72,setpts=PTS-STARTPTS[b8];
            [sp7]trim=start_frame=72,setpts=PTS-STARTPTS[t9];
            [c5]split=outputs=2[sp10][sp11];
            [sp10]trim=end_frame=15,setpts=PTS-STARTPTS[h12];
            [sp11]trim=start_frame=15:end_frame=78,setpts=PTS-STARTPTS[b13];
            [t9][h12]xfade=transition=fade:duration=0.5:offset=0,format=pix_fmts=yuv420p[x14];
            [b8][x14][b13]concat=n=3:v=1:a=0[cat15];
            [cat15]ass=filename=/tmp/captions.ass,format=pix_fmts=yuv420p[vout];
            [2:a]aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo,volume=volume=3.5dB,apad=whole_dur=5,asplit=2[voice16][key17];
            [3:a]aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo,volume=volume=-9dB,atrim=duration=5[bed18];
            [bed18][key17]sidechaincompress=threshold=0.016982:ratio=20:attack=15:release=350:detection=rms[duck19];
            [voice16][duck19]amix=inputs=2:duration=first:dropout_transition=0:weights=1 1:normalize=0[mix20];
            [mix20]afade=t=out:st=3.75:d=1.25,alimiter=limit=0.794328:level=0:attack=5:release=50,atrim=duration=5,asetpts=PTS-STARTPTS[aout]
            """.ReplaceLineEndings("\n"), command.FilterGraph);
    }

    [Theory]
    [InlineData(12, false)]
    [InlineData(1, true)]
    public void Build_ManyVideoInputs_ChainsXfadesOverWholeClipsInsteadOfSplicing(int manyVideoInputs, bool memoryBound)
    {
        var graph = BuildTwoClipCommand(manyVideoInputs: manyVideoInputs).FilterGraph;

        Assert.Equal(!memoryBound, graph.Contains("concat=", StringComparison.Ordinal));
        Assert.Equal(memoryBound, graph.Contains("[c2][c5]xfade=transition=fade:duration=0.5:offset=2.4", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Inputs_SeekIntoEachClipAndDecodeOnlyWhatIsUsed()
    {
        var args = BuildTwoClipCommand().Arguments;

        var firstInput = args.ToList().IndexOf("/footage/a.mp4");
        Assert.Equal("-i", args[firstInput - 1]);
        Assert.Equal("-an", args[firstInput - 2]);
        Assert.Equal("-t", args[firstInput - 4]);
        Assert.Equal("-ss", args[firstInput - 6]);
        Assert.Equal(1, args.Count(a => a == "-filter_complex_script"));
        Assert.Equal("/out/v.mp4.graph.txt", args[args.ToList().IndexOf("-filter_complex_script") + 1]);
    }

    [Fact]
    public void Build_Output_IsH264HighAacFaststartOfExactDuration()
    {
        var args = string.Join(' ', BuildTwoClipCommand().Arguments);

        Assert.Contains("-c:v libx264 -preset veryfast -crf 21 -profile:v high -pix_fmt yuv420p -g 60 -flags +cgop -r 30 -fps_mode cfr", args);
        Assert.Contains("-c:a aac -b:a 160k -ar 48000 -ac 2 -t 5 -movflags +faststart -f mp4 /out/v.mp4", args);
    }

    [Fact]
    public void Build_BlurFit_BlursASmallCopyBehindTheFittedClip()
    {
        var graph = BuildTwoClipCommand(FootageFit.Blur).FilterGraph;

        Assert.Contains("split=2", graph);
        Assert.Contains("scale=w=44:h=80:force_original_aspect_ratio=increase", graph);
        Assert.Contains("boxblur=luma_radius=6:luma_power=2", graph);
        Assert.Contains("overlay=x=(W-w)/2:y=(H-h)/2", graph);
    }

    [Fact]
    public void Build_LetterboxFit_PadsToTheFrame()
    {
        var graph = BuildTwoClipCommand(FootageFit.Letterbox).FilterGraph;

        Assert.Contains("force_original_aspect_ratio=decrease", graph);
        Assert.Contains("pad=w=360:h=640:x=(ow-iw)/2:y=(oh-ih)/2:color=black", graph);
    }

    [Fact]
    public void Build_ProceduralClip_IsDrawnSmallInsideTheGraphAndScaledUpOnce()
    {
        var timeline = ComposeTimeline(Request(1), NarrationOf((0, 0, 2)), [Procedural(7)]);
        var command = RenderCommandBuilder.Build(timeline, new RenderSettings("/out/v.mp4", RenderQuality.Draft));

        Assert.Contains("gradients=s=60x106", command.FilterGraph);
        Assert.Contains("scale=w=360:h=640:flags=fast_bilinear", command.FilterGraph);
        Assert.DoesNotContain("lavfi", command.Arguments);
        Assert.Contains("superfast", command.Arguments);
    }

    [Fact]
    public void Build_ProceduralRun_IsBlendedSmallAndScaledUpOnce()
    {
        var timeline = ComposeTimeline(Request(1, clipMin: 2, clipMax: 3), NarrationOf((0, 0, 9)), [Procedural(1), Procedural(2), Procedural(3), Procedural(4), Procedural(5)]);
        var graph = RenderCommandBuilder.Build(timeline, new RenderSettings("/out/v.mp4", RenderQuality.Draft)).FilterGraph;

        Assert.True(timeline.Clips.Count >= 3);
        Assert.Equal(timeline.Clips.Count - 1, graph.Split("xfade=").Length - 1);
        Assert.Single(graph.Split(";\n"), c => c.Contains("scale=w=360:h=640", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_MusicStemOnly_MutesTheVoiceInTheMix()
    {
        var timeline = ComposeTimeline(Request(1), NarrationOf((0, 0, 2)), [Procedural(7)]);
        var command = RenderCommandBuilder.Build(timeline, new RenderSettings("/out/v.mp4", RenderQuality.Draft) { MusicStemOnly = true });

        Assert.Contains("weights=0 1", command.FilterGraph);
    }
}
