using System.Text.Json;
using Reelforge.Core.Requests;
using Reelforge.Data.Storage;
using Reelforge.Data.Tasks;
using Reelforge.Jobs.Production;
using Reelforge.Jobs.Tasks;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Api;

/// <summary>Turns API bodies into tasks: mapped and checked before anything is queued, so a bad field queues nothing.</summary>
public sealed class VideoSubmitter(TaskDispatcher dispatcher, VideoProducer producer, StockProviders stock, DataLayout layout)
{
    public IServerMedia Media { get; } = new DataDirectoryMedia(layout.Materials, layout.Musics);

    public async Task<VideoTask> SubmitAsync(VideoParams body, TaskKind kind, string? batchId, string fieldPrefix, CancellationToken cancellationToken)
    {
        var submission = Prepare(body, kind, batchId, fieldPrefix);
        return await dispatcher.SubmitAsync(submission, cancellationToken);
    }

    public async Task<IReadOnlyList<VideoTask>> SubmitBatchAsync(IReadOnlyList<(string Field, VideoParams Params)> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var batchId = Guid.NewGuid().ToString();
        var submissions = items.Select(i => Prepare(i.Params, TaskKind.Video, batchId, i.Field + ".")).ToList();
        return await dispatcher.SubmitManyAsync(submissions, cancellationToken);
    }

    private TaskSubmission Prepare(VideoParams body, TaskKind kind, string? batchId, string fieldPrefix)
    {
        VideoRequest request;
        Uri? callback = null;
        try
        {
            request = WithConfiguredStock(Mapper().Map(body));
            if (!string.IsNullOrWhiteSpace(body.CallbackUrl))
            {
                callback = new Uri(body.CallbackUrl);
            }
        }
        catch (ApiValidationException e) when (fieldPrefix.Length > 0)
        {
            throw e.WithPrefix(fieldPrefix);
        }

        VideoProducer.CheckRequest(request);
        return new TaskSubmission(request, kind)
        {
            ParamsJson = JsonSerializer.Serialize(body, ApiJson.Options),
            VideoCount = kind == TaskKind.Video ? body.VideoCount ?? 1 : 1,
            CallbackUrl = callback,
            BatchId = batchId,
        };
    }

    /// <summary>The REST face's mapping, knowing what this server can do (LLM, keyed stock providers).</summary>
    public VideoParamsMapper Mapper() => new(Media, new VideoParamsMapperOptions
    {
        LlmConfigured = producer.Llm().IsConfigured,
        DefaultFootage = [.. stock.Keyed(), Providers.Footage.LibraryFootageSource.SourceName],
    });

    /// <summary>
    /// MoneyPrinterTurbo clients ask for Pexels by default; a stock source with no API key configured is left out, and
    /// the video is made from the other sources (procedural backgrounds always remain).
    /// </summary>
    private VideoRequest WithConfiguredStock(VideoRequest request)
    {
        // the current settings: they carry the keys saved in the studio's settings too
        var usable = request.Footage.StockSources.Where(stock.IsUsable).ToList();
        return request with { Footage = request.Footage with { StockSources = usable } };
    }
}
