using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Reelforge.Core.Requests.Specification;
using Reelforge.Data.Tasks;
using Reelforge.Server.Api;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Mcp;

/// <summary>
/// <c>create_video</c>: the content arguments (topic, script, scenes, search terms, video count) plus every setting of
/// <see cref="VideoRequestSpecification"/> under its canonical name, with the same ranges, defaults and enums, checked
/// by the same rules as every other face.
/// </summary>
internal sealed class VideoTools(VideoSubmitter submitter, ITaskLinks links, ILogger<VideoTools> logger)
{
    public const string Name = "create_video";

    /// <summary>The tool, with its input schema completed from the specification.</summary>
    public static McpServerTool Create(IServiceProvider services)
    {
        var method = typeof(VideoTools).GetMethod(nameof(CreateVideoAsync))!;
        var tool = McpServerTool.Create(
            method,
            request => ActivatorUtilities.CreateInstance<VideoTools>(request.Services!),
            new McpServerToolCreateOptions
            {
                Name = Name,
                Title = "Create a video",
                Destructive = false,
                OpenWorld = false,
                Services = services,
                Description = "Queues a narrated short video made from a topic (needs an LLM configured on the server), a script, or scenes. " +
                    "Returns the task id at once, with the URLs and MCP resource URIs where the video, captions and manifest will be; " +
                    "call wait_for_task with the id to wait for it (with progress), get_task to look, cancel_task to stop it. " +
                    "Every other argument is a setting with its range, default and allowed values in the schema.",
            });
        tool.ProtocolTool.InputSchema = InputSchema(tool.ProtocolTool.InputSchema);
        return tool;
    }

    /// <summary>The method's own arguments (content) and every specification setting.</summary>
    public static JsonElement InputSchema(JsonElement generated)
    {
        var schema = JsonNode.Parse(generated.GetRawText())!.AsObject();
        var properties = schema["properties"]?.AsObject() ?? [];
        schema["properties"] = properties;
        foreach (var setting in VideoRequestSpecification.Settings)
        {
            properties[setting.Key] = SettingJsonSchema.For(setting, setting.Key == "footage" ? McpFootageSources : null);
        }

        return JsonSerializer.SerializeToElement(schema);
    }

    /// <summary>Footage sources an MCP client may name (no folders: the server's files are reached by name).</summary>
    internal static IReadOnlyList<string> McpFootageSources { get; } = new VideoParamsMapperOptions().StockSources.Order(StringComparer.Ordinal).Append(FootageSourceNames.Uploads).ToList();

    [Description("Queues a narrated short video.")]
    public async Task<CallToolResult> CreateVideoAsync(
        RequestContext<CallToolRequestParams> request,
        [Description("What the video is about; the server's LLM writes the script. Give topic, script or scenes.")] string? topic = null,
        [Description("The narration; blank lines separate scenes.")] string? script = null,
        [Description("The scenes, each with its own narration, search terms, media and stock picks; wins over script.")] IReadOnlyList<McpScene>? scenes = null,
        [Description("Footage search terms for the whole video (scenes without their own use these).")] IReadOnlyList<string>? search_terms = null,
        [Description("How many videos to make (1 to 5), each arranged differently.")] int video_count = 1,
        CancellationToken cancellationToken = default) =>
        await McpToolResults.GuardAsync(Name, logger, async () =>
        {
            ArgumentNullException.ThrowIfNull(request);
            var body = Body(request.Params?.Arguments ?? new Dictionary<string, JsonElement>()) with
            {
                VideoSubject = topic,
                VideoScript = script,
                Scenes = scenes?.Select(s => new SceneParams { Text = s?.Text, SearchTerms = s?.SearchTerms, Media = s?.Media, Stock = s?.Stock }).ToList(),
                VideoTerms = search_terms,
                VideoCount = video_count,
            };
            VideoTask task;
            try
            {
                task = await submitter.SubmitAsync(body, TaskKind.Video, null, string.Empty, cancellationToken);
            }
            catch (ApiValidationException e)
            {
                return McpToolResults.Error(MessageOf(e));
            }

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

    /// <summary>Every refused field, named as this tool's arguments.</summary>
    internal static string MessageOf(ApiValidationException e) =>
        string.Join(" ", e.Errors.Select(error => $"{McpName(error.Field)} {McpFieldNames.InMessage(error.Rule)}"));

    /// <summary>The settings among the arguments, in the REST body under their REST fields.</summary>
    internal static VideoParams Body(IDictionary<string, JsonElement> arguments) =>
        VideoRequestSpecification.Settings
            .Where(s => arguments.ContainsKey(s.Key))
            .Aggregate(new VideoParams { VoiceName = "", BgmType = "random" }, (body, s) => VideoParamsSettings.With(body, s.Key, arguments[s.Key]));

    /// <summary>A REST field as this tool names it: a setting's canonical name, else the content argument's.</summary>
    private static string McpName(string restField) =>
        VideoRequestSpecification.ForName(RequestFace.Rest, restField)?.Key
        ?? (restField is "bgm_type" or "bgm_file" ? "music" : restField == "text_background_color" ? "background_color" : McpFieldNames.Of(restField));
}
