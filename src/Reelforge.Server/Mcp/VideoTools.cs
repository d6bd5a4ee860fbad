using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Reelforge.Data.Tasks;
using Reelforge.Server.Api;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Mcp;

/// <summary><c>create_video</c>: the REST API's video request with the argument names an agent would guess.</summary>
[McpServerToolType]
internal sealed class VideoTools(VideoSubmitter submitter, ITaskLinks links, ILogger<VideoTools> logger)
{
    internal static readonly string[] Aspects = ["9:16", "16:9", "1:1", "4:5"];
    internal static readonly string[] CaptionModes = ["sentence", "words", "off"];
    internal static readonly string[] CaptionPositions = ["bottom", "top", "center"];
    internal static readonly string[] Transitions = ["fade", "none", "slide", "wipe", "zoom", "random"];
    internal static readonly string[] Qualities = ["standard", "draft", "high"];
    internal static readonly string[] Fits = ["crop", "blur", "letterbox"];
    internal static readonly string[] FootageSources = ["pexels", "pixabay", "library", "uploads"];
    internal static readonly string[] Orders = ["random", "sequential"];

    [McpServerTool(Name = "create_video", Title = "Create a video", Destructive = false, OpenWorld = false)]
    [Description("Queues a narrated short video made from a topic (needs an LLM configured on the server), a script, or scenes. " +
        "Returns the task id at once, with the URLs and MCP resource URIs where the video, captions and manifest will be; " +
        "call wait_for_task with the id to wait for it (with progress), get_task to look, cancel_task to stop it.")]
    public async Task<CallToolResult> CreateVideoAsync(
        [Description("What the video is about; the server's LLM writes the script. Give topic, script or scenes.")] string? topic = null,
        [Description("The narration; blank lines separate scenes.")] string? script = null,
        [Description("The scenes, each with its own narration, search terms, media and stock picks; wins over script.")] IReadOnlyList<McpScene>? scenes = null,
        [Description("Footage search terms for the whole video (scenes without their own use these).")] IReadOnlyList<string>? search_terms = null,
        [Description("Frame shape."), AllowedValues("9:16", "16:9", "1:1", "4:5")] string aspect = "9:16",
        [Description("ENGINE:VOICE from list_voices (e.g. flite:slt, espeak:en-us, openai:alloy, elevenlabs:VOICE_ID when their keys are configured); default: the best voice for the language.")] string? voice = null,
        [Description("No narration: captions paced by reading speed, music only.")] bool no_voice = false,
        [Description("The script's language (en, zh-CN, …); default: detected.")] string? language = null,
        [Description("Speaking rate, 0.5 to 2.")] double voice_rate = 1.0,
        [Description("Captions: a sentence at a time, the spoken word highlighted, or none."), AllowedValues("sentence", "words", "off")] string captions = "sentence",
        [Description("Where captions sit."), AllowedValues("bottom", "top", "center")] string caption_position = "bottom",
        [Description("Background music: none, random (a track of list_music, else the built-in bed), or a file name from list_music.")] string music = "random",
        [Description("Music volume under the voice, 0 to 5.")] double music_volume = 0.2,
        [Description("Transition between clips."), AllowedValues("fade", "none", "slide", "wipe", "zoom", "random")] string transition = "fade",
        [Description("Transition length in seconds, 0.1 to 3.")] double transition_duration = 0.5,
        [Description("Encoding quality: draft renders fastest."), AllowedValues("standard", "draft", "high")] string quality = "standard",
        [Description("Pixels on the short side of the frame (even, 144 to 2160).")] int short_side = 1080,
        [Description("Frames per second, 10 to 60.")] int fps = 30,
        [Description("How footage of another shape fills the frame."), AllowedValues("crop", "blur", "letterbox")] string fit = "crop",
        [Description("Where footage comes from: a stock provider (used when the server has its API key), the imported media library, or the uploaded materials; procedural backgrounds fill the rest."), AllowedValues("pexels", "pixabay", "library", "uploads")] string footage = "pexels",
        [Description("Clip order."), AllowedValues("random", "sequential")] string order = "random",
        [Description("Longest a clip stays on screen, seconds (1 to 120).")] double clip_max = 5,
        [Description("With a topic: narration length to aim for, seconds (5 to 600).")] double? target_seconds = null,
        [Description("With a topic: tone of the script.")] string? tone = null,
        [Description("With a topic: who the script is for.")] string? audience = null,
        [Description("How many videos to make (1 to 5), each arranged differently.")] int video_count = 1,
        [Description("Seed for footage order, transitions and music; default: from the script.")] int? seed = null,
        CancellationToken cancellationToken = default) =>
        await McpToolResults.GuardAsync("create_video", logger, async () =>
        {
            var music_ = music?.Trim() ?? string.Empty;
            var body = new VideoParams
            {
                VideoSubject = topic,
                VideoScript = script,
                Scenes = scenes?.Select(s => new SceneParams { Text = s?.Text, SearchTerms = s?.SearchTerms, Media = s?.Media, Stock = s?.Stock }).ToList(),
                VideoTerms = search_terms,
                VideoAspect = McpArguments.OneOf(aspect, "aspect", Aspects),
                Voice = string.IsNullOrWhiteSpace(voice) ? null : voice.Trim(),
                VoiceName = "",
                NoVoice = no_voice,
                VideoLanguage = language,
                VoiceRate = voice_rate,
                Captions = McpArguments.OneOf(captions, "captions", CaptionModes),
                SubtitleEnabled = captions != "off",
                SubtitlePosition = McpArguments.OneOf(caption_position, "caption_position", CaptionPositions),
                BgmType = music_.ToLowerInvariant() switch { "" or "none" => "", "random" => "random", _ => "custom" },
                BgmFile = music_.ToLowerInvariant() is "" or "none" or "random" ? "" : music_,
                BgmVolume = music_volume,
                VideoTransitionMode = McpArguments.OneOf(transition, "transition", Transitions),
                TransitionDuration = transition_duration,
                Quality = McpArguments.OneOf(quality, "quality", Qualities),
                ShortSide = short_side,
                Fps = fps,
                Fit = McpArguments.OneOf(fit, "fit", Fits),
                VideoSource = McpArguments.OneOf(footage, "footage", FootageSources) is "uploads" ? "local" : footage.Trim().ToLowerInvariant(),
                VideoConcatMode = McpArguments.OneOf(order, "order", Orders),
                ClipMax = clip_max,
                TargetSeconds = target_seconds,
                Tone = tone,
                Audience = audience,
                VideoCount = video_count,
                Seed = seed,
            };
            var task = await submitter.SubmitAsync(body, TaskKind.Video, null, string.Empty, cancellationToken);
            var files = Enumerable.Range(1, task.VideoCount).Select(n => $"final-{n}.mp4").ToList();
            return McpToolResults.Json(new
            {
                task_id = task.Id,
                status = "queued",
                videos = files.Select(f => $"{links.BaseUrl}/tasks/{task.Id}/{f}").ToList(),
                resources = files.Select(f => TaskResourceUri.For(task.Id, f)).ToList(),
                next = "Call wait_for_task with this task_id to wait for the video (progress is reported while waiting).",
            });
        });
}
