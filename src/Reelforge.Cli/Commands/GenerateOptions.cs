using System.CommandLine;

namespace Reelforge.Cli.Commands;

/// <summary>The options of <c>reelforge generate</c>.</summary>
internal sealed class GenerateOptions
{
    public Option<string?> Script { get; } = new("--script") { Description = "The narration script; blank lines separate scenes." };
    public Option<FileInfo?> ScriptFile { get; } = new("--script-file") { Description = "A plain-text script file; blank lines separate scenes." };
    public Option<FileInfo?> ScenesFile { get; } = new("--scenes-file") { Description = "A JSON list of scenes: [{\"text\", \"search_terms\", \"media\"}]." };
    public Option<string?> Topic { get; } = new("--topic") { Description = "A topic to write the script from (needs an LLM)." };

    public Option<string> Aspect { get; } = new("--aspect") { Description = "9:16, 16:9, 1:1 or 4:5.", DefaultValueFactory = _ => "9:16" };
    public Option<int> Fps { get; } = new("--fps") { Description = "Frames per second.", DefaultValueFactory = _ => 30 };
    public Option<string> Quality { get; } = new("--quality") { Description = "draft, standard or high.", DefaultValueFactory = _ => "standard" };
    public Option<int> ShortSide { get; } = new("--short-side") { Description = "Pixels on the short side (1080; smaller for previews).", DefaultValueFactory = _ => 1080 };
    public Option<FileInfo> Out { get; } = new("--out", "-o") { Description = "The MP4 to write; .srt, .ass and .manifest.json go beside it.", DefaultValueFactory = _ => new FileInfo("video.mp4") };
    public Option<double> Tail { get; } = new("--tail") { Description = "Seconds of picture and music after the narration.", DefaultValueFactory = _ => 1.5 };

    public Option<string?> Voice { get; } = new("--voice") { Description = "ENGINE:VOICE, e.g. flite:slt, espeak:en-us, espeak:cmn, openai:alloy, elevenlabs:VOICE_ID (see 'reelforge voices')." };
    public Option<double> Rate { get; } = new("--rate") { Description = "Speaking rate, 1.0 = normal.", DefaultValueFactory = _ => 1.0 };
    public Option<double> Volume { get; } = new("--volume") { Description = "Narration volume before loudness normalisation.", DefaultValueFactory = _ => 1.0 };
    public Option<string?> Language { get; } = new("--language") { Description = "Language code (en, zh, es, …); detected from the text when absent." };
    public Option<bool> NoVoice { get; } = new("--no-voice") { Description = "No narration: captions paced by reading speed, music only." };

    public Option<string> Captions { get; } = new("--captions") { Description = "sentence, words (karaoke highlight) or off.", DefaultValueFactory = _ => "sentence" };
    public Option<string?> Font { get; } = new("--font") { Description = "Caption font family (fontconfig name)." };
    public Option<double?> FontSize { get; } = new("--font-size") { Description = "Caption size in pixels at 1080 wide." };
    public Option<string?> TextColor { get; } = new("--text-color") { Description = "Caption colour, #RRGGBB." };
    public Option<string?> HighlightColor { get; } = new("--highlight-color") { Description = "Spoken-word colour in words mode, #RRGGBB." };
    public Option<string?> StrokeColor { get; } = new("--stroke-color") { Description = "Caption outline colour, #RRGGBB." };
    public Option<string?> BackgroundColor { get; } = new("--background-color") { Description = "Caption box colour, #RRGGBB or #RRGGBBAA." };
    public Option<double?> StrokeWidth { get; } = new("--stroke-width") { Description = "Caption outline width in pixels at 1080 wide." };
    public Option<string> Position { get; } = new("--position") { Description = "top, center, bottom or custom:PERCENT.", DefaultValueFactory = _ => "bottom" };
    public Option<int?> MaxLines { get; } = new("--max-lines") { Description = "Most caption lines on screen at once." };

    public Option<string[]> Footage { get; } = new("--footage") { Description = "Where footage comes from: pexels, pixabay (keys in Reelforge__Footage__Pexels__ApiKeys__0, …), library (what 'reelforge library import' recorded) and/or directories of videos and images; comma-separated or repeated. Procedural backgrounds fill the rest.", AllowMultipleArgumentsPerToken = true };
    public Option<double> ClipMin { get; } = new("--clip-min") { Description = "Shortest clip, seconds.", DefaultValueFactory = _ => 3 };
    public Option<double> ClipMax { get; } = new("--clip-max") { Description = "Longest clip, seconds.", DefaultValueFactory = _ => 6 };
    public Option<string> Order { get; } = new("--order") { Description = "sequential or random.", DefaultValueFactory = _ => "sequential" };
    public Option<string> Fit { get; } = new("--fit") { Description = "crop, blur or letterbox.", DefaultValueFactory = _ => "crop" };

    public Option<string> Transition { get; } = new("--transition") { Description = "none, fade, slide, wipe, zoom or random.", DefaultValueFactory = _ => "fade" };
    public Option<double> TransitionDuration { get; } = new("--transition-duration") { Description = "Seconds.", DefaultValueFactory = _ => 0.5 };

    public Option<string?> Music { get; } = new("--music") { Description = "An audio file, or none; the built-in music bed otherwise." };
    public Option<double> MusicVolume { get; } = new("--music-volume") { Description = "Music level 0..1 before ducking.", DefaultValueFactory = _ => 0.35 };

    public Option<string?> LlmProvider { get; } = new("--llm-provider") { Description = "LLM for --topic: openai, azure, deepseek, moonshot, qwen, gemini, openrouter, groq, mistral, ollama, lmstudio, vllm, openai-compatible, anthropic (key from Reelforge__Llm__ApiKey)." };
    public Option<string?> LlmModel { get; } = new("--llm-model") { Description = "The LLM model (default: the provider's)." };
    public Option<string?> LlmBaseUrl { get; } = new("--llm-base-url") { Description = "The LLM endpoint (default: the provider's)." };
    public Option<double?> TargetSeconds { get; } = new("--target-seconds") { Description = "Narration length to aim for when writing from a topic." };
    public Option<int?> Paragraphs { get; } = new("--paragraphs") { Description = "Number of paragraphs (scenes) when writing from a topic." };
    public Option<string?> Tone { get; } = new("--tone") { Description = "Tone or style of the script (e.g. playful, serious)." };
    public Option<string?> Audience { get; } = new("--audience") { Description = "Who the video is for." };
    public Option<string?> Hook { get; } = new("--hook") { Description = "An opening line to start the script with." };
    public Option<string?> Instructions { get; } = new("--instructions") { Description = "Extra instructions for the script writer." };
    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Do not reuse cached LLM answers." };

    public Option<int?> Seed { get; } = new("--seed") { Description = "Seed for palettes, order and transitions; same seed, same video." };
    public Option<bool> Json { get; } = new("--json") { Description = "Print a machine-readable result on stdout." };
    public Option<DirectoryInfo?> CacheDir { get; } = new("--cache-dir") { Description = "Cache for narration and measurements (default ~/.cache/reelforge)." };

    public IEnumerable<Option> All => [
        Script, ScriptFile, ScenesFile, Topic, Aspect, Fps, Quality, ShortSide, Out, Tail,
        Voice, Rate, Volume, Language, NoVoice,
        Captions, Font, FontSize, TextColor, HighlightColor, StrokeColor, BackgroundColor, StrokeWidth, Position, MaxLines,
        Footage, ClipMin, ClipMax, Order, Fit, Transition, TransitionDuration, Music, MusicVolume, Seed, Json, CacheDir,
        LlmProvider, LlmModel, LlmBaseUrl, TargetSeconds, Paragraphs, Tone, Audience, Hook, Instructions, NoCache,
    ];
}
