using System.Text.Json;
using Reelforge.Data.Tasks;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Studio;

/// <summary>A task's title on the studio's pages: the subject, else the start of its script or first scene.</summary>
public static class StudioTasksTitle
{
    private const int MaxLength = 60;

    public static string? Of(VideoTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        try
        {
            var body = task.ParamsJson is null ? null : JsonSerializer.Deserialize<VideoParams>(task.ParamsJson, ApiJson.Options);
            var text = new[] { body?.VideoSubject, body?.VideoScript, (body?.Scenes is { Count: > 0 } scenes ? scenes[0].Text : null) }
                .FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.ReplaceLineEndings(" ").Trim();
            return text is null ? null : text.Length <= MaxLength ? text : text[..MaxLength] + "…";
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
