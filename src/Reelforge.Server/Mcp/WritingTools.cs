using System.ComponentModel;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Reelforge.Jobs.Production;
using Reelforge.Server.Api;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Mcp;

/// <summary><c>generate_script</c> and <c>generate_terms</c>: the writing half of a video, to edit before <c>create_video</c>.</summary>
[McpServerToolType]
internal sealed class WritingTools(ScriptDesk desk, ILogger<WritingTools> logger)
{
    [McpServerTool(Name = "generate_script", Title = "Write a script", ReadOnly = true, OpenWorld = true)]
    [Description("Writes a narration script about a topic with the server's LLM (one must be configured). " +
        "Edit it if you like, then pass it to create_video as script.")]
    public async Task<CallToolResult> GenerateScriptAsync(
        [Description("What the script is about.")] string topic,
        [Description("The script's language (en, zh-CN, …); default: the topic's.")] string? language = null,
        [Description("Paragraphs (scenes), 1 to 30.")] int paragraphs = 1,
        CancellationToken cancellationToken = default) =>
        await McpToolResults.GuardAsync("generate_script", logger, async () =>
        {
            var subject = new ScriptParams { VideoSubject = topic, VideoLanguage = language, ParagraphNumber = paragraphs }.Validate();
            var script = await desk.WriteScriptAsync(subject, string.IsNullOrWhiteSpace(language) ? null : language.Trim(), paragraphs, cancellationToken);
            return McpToolResults.Json(new { script });
        });

    [McpServerTool(Name = "generate_terms", Title = "Suggest footage search terms", ReadOnly = true, OpenWorld = true)]
    [Description("Footage search terms for a topic or script: the server's LLM when configured, else keywords drawn from the text. " +
        "Use them as search_terms of create_video or search_footage.")]
    public async Task<CallToolResult> GenerateTermsAsync(
        [Description("What the video is about (give topic, script or both).")] string? topic = null,
        [Description("The narration.")] string? script = null,
        [Description("How many terms, 1 to 20.")] int amount = 5,
        CancellationToken cancellationToken = default) =>
        await McpToolResults.GuardAsync("generate_terms", logger, async () =>
        {
            var body = new TermsParams { VideoSubject = topic, VideoScript = script, Amount = amount };
            body.Validate();
            var text = string.IsNullOrWhiteSpace(script) ? topic! : script;
            return McpToolResults.Json(new { search_terms = await desk.SuggestTermsAsync(text, amount, cancellationToken) });
        });
}
