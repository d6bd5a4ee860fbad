using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Reelforge.Core.Requests.Specification;
using Reelforge.Core.Requests;
using Reelforge.Data.Storage;
using Reelforge.Jobs.Production;
using Reelforge.Providers.Speech;
using Reelforge.Server.Api;

namespace Reelforge.Server.Mcp;

/// <summary>What a video can be made with: <c>list_voices</c>, <c>list_music</c>, <c>search_footage</c>.</summary>
[McpServerToolType]
internal sealed class MediaTools(SpeechEngineRegistry voices, DataLayout layout, FootageSearch footage, ILogger<MediaTools> logger)
{
    [McpServerTool(Name = "list_voices", Title = "List voices", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("The installed voices: their ENGINE:VOICE key (pass it to create_video as voice), name, engine, languages and gender.")]
    public async Task<CallToolResult> ListVoicesAsync(
        [Description("Only voices of this language (a prefix: en matches en-us and en-gb).")] string? language = null,
        CancellationToken cancellationToken = default) =>
        await McpToolResults.GuardAsync("list_voices", logger, async () =>
            McpToolResults.Json(new { voices = await VoiceListing.ListAsync(voices, language, cancellationToken) }));

    [McpServerTool(Name = "list_music", Title = "List music", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("The background music tracks in the server's music library; pass a file name to create_video as music.")]
    public Task<CallToolResult> ListMusicAsync() =>
        McpToolResults.GuardAsync("list_music", logger, () => Task.FromResult(McpToolResults.Json(new
        {
            music = MediaLibrary.Music.List(layout).Select(f => new { file = f.Name, size = f.Length }).ToList(),
        })));

    [McpServerTool(Name = "search_footage", Title = "Search footage", ReadOnly = true, OpenWorld = true)]
    [Description("Searches footage by keywords in the imported media library and in the stock providers the server has API keys for, " +
        "to see what a video about these terms would show.")]
    public async Task<CallToolResult> SearchFootageAsync(
        [Description("Search terms, e.g. [\"volcano\", \"lava\"].")] IReadOnlyList<string> terms,
        [Description("Sources to search (library, pexels, pixabay); default: all that are available.")] IReadOnlyList<string>? sources = null,
        [Description("Frame shape the footage is for (stock providers prefer matching orientation)."), AllowedValues("9:16", "16:9", "1:1", "4:5")] string aspect = "9:16",
        [Description("Most items per source, 1 to 50.")] int limit = 10,
        CancellationToken cancellationToken = default) =>
        await McpToolResults.GuardAsync("search_footage", logger, async () =>
        {
            var words = (terms ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
            if (words.Count == 0)
            {
                return McpToolResults.Error("terms must hold at least one search term.");
            }

            if (limit is < 1 or > 50)
            {
                return McpToolResults.Error($"limit must be between 1 and 50, not {limit}.");
            }

            var ratio = AspectRatio.TryParse(McpArguments.OneOf(aspect, "aspect", [.. VideoRequestSpecification.Get("aspect").Choices!]), out var parsed) ? parsed : AspectRatio.Portrait;
            var available = footage.AvailableSources();
            var chosen = sources is { Count: > 0 }
                ? sources.Select(s => McpArguments.OneOf(s, "sources", [.. available])).Distinct(StringComparer.Ordinal).ToList()
                : available;
            return McpToolResults.Json(await footage.SearchAsync(words, chosen, ratio, limit, cancellationToken));
        });
}
