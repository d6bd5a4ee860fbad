using System.CommandLine;
using Reelforge.Core.Requests.Specification;
using Reelforge.Media.Encoders;

namespace Reelforge.Cli.Commands;

/// <summary>
/// The options of <c>reelforge generate</c>: the content and output options, plus one option per setting of
/// <see cref="VideoRequestSpecification"/>, named, described and defaulted by it.
/// </summary>
internal sealed class GenerateOptions
{
    public GenerateOptions()
    {
        foreach (var setting in VideoRequestSpecification.Settings)
        {
            Option option = setting.Kind == SettingKind.Flag
                ? new Option<bool>(setting.Cli) { Description = setting.Describe() }
                : new Option<string?>(setting.Cli)
                {
                    Description = setting.Describe(),
                    HelpName = setting.Kind switch
                    {
                        SettingKind.Number or SettingKind.WholeNumber => "number",
                        SettingKind.Choice => string.Join("|", setting.Choices!),
                        SettingKind.Color => "#RRGGBB",
                        SettingKind.List => "source,…",
                        _ => "text",
                    },
                    AllowMultipleArgumentsPerToken = setting.Kind == SettingKind.List,
                };
            Settings[setting.Key] = option;
        }
    }

    public Option<string?> Script { get; } = new("--script") { Description = "The narration script; blank lines separate scenes." };
    public Option<FileInfo?> ScriptFile { get; } = new("--script-file") { Description = "A plain-text script file; blank lines separate scenes." };
    public Option<FileInfo?> ScenesFile { get; } = new("--scenes-file") { Description = "A JSON list of scenes: [{\"text\", \"search_terms\", \"media\"}]." };
    public Option<string?> Topic { get; } = new("--topic") { Description = "A topic to write the script from (needs an LLM)." };

    public Option<FileInfo> Out { get; } = new("--out", "-o") { Description = "The MP4 to write; .srt, .ass and .manifest.json go beside it.", DefaultValueFactory = _ => new FileInfo("video.mp4") };

    public Option<string?> LlmProvider { get; } = new("--llm-provider") { Description = "LLM for --topic: openai, azure, deepseek, moonshot, qwen, gemini, openrouter, groq, mistral, ollama, lmstudio, vllm, openai-compatible, anthropic (key from Reelforge__Llm__ApiKey)." };
    public Option<string?> LlmModel { get; } = new("--llm-model") { Description = "The LLM model (default: the provider's)." };
    public Option<string?> LlmBaseUrl { get; } = new("--llm-base-url") { Description = "The LLM endpoint (default: the provider's)." };
    /// <summary>A setting of this machine, not of the request: it overrides <c>Render:Encoder</c> for this run.</summary>
    public Option<string?> Encoder { get; } = CreateEncoderOption();

    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Do not reuse cached LLM answers." };

    public Option<bool> Json { get; } = new("--json") { Description = "Print a machine-readable result on stdout." };
    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Check the request and print the resolved settings; render nothing." };
    public Option<DirectoryInfo?> CacheDir { get; } = new("--cache-dir") { Description = "Cache for narration and measurements (default ~/.cache/reelforge)." };

    /// <summary>The option of each setting, by the specification's key.</summary>
    public Dictionary<string, Option> Settings { get; } = new(StringComparer.Ordinal);

    public IEnumerable<Option> All => [
        Script, ScriptFile, ScenesFile, Topic, Out, .. Settings.Values,
        LlmProvider, LlmModel, LlmBaseUrl, Encoder, NoCache, Json, DryRun, CacheDir,
    ];

    private static Option<string?> CreateEncoderOption()
    {
        var option = new Option<string?>("--encoder")
        {
            Description = "The H.264 encoder of this machine: auto (the first hardware encoder that passes a one-frame test, else libx264), "
                + "libx264, nvenc, qsv or vaapi; a hardware one that does not work falls back to libx264. Default: Render:Encoder, else auto.",
            HelpName = string.Join("|", EncoderChoice.All),
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !EncoderChoice.IsValid(value))
            {
                result.AddError($"--encoder must be {EncoderChoice.Listed}, not '{value}'.");
            }
        });
        return option;
    }

    /// <summary>The value given for a setting: text, or a flag; null when the option was not given.</summary>
    public object? ValueOf(ParseResult parse, string key) => Settings[key] switch
    {
        Option<bool> flag => parse.GetResult(flag) is null ? null : parse.GetValue(flag),
        Option<string?> text => parse.GetValue(text),
        _ => null,
    };
}
