using System.Net.Http.Json;
using System.Text.Json;

namespace Reelforge.Bench.Api;

/// <summary>The MoneyPrinterTurbo-compatible endpoints the benchmark drives: submit a video, read a task, readiness.</summary>
public sealed class TasksApi(HttpClient http)
{
    /// <summary>A short draft job: the cheapest real render the server offers.</summary>
    public static readonly object DraftVideo = new Dictionary<string, object>
    {
        ["video_script"] = "Volcanoes are openings in the crust. Molten rock rises from below. Some erupt quietly, others explode.",
        ["video_aspect"] = "9:16",
        ["short_side"] = 360,
        ["quality"] = "draft",
    };

    public HttpClient Http => http;

    /// <summary>POST /api/v1/videos; returns the new task's id.</summary>
    public async Task<string> SubmitAsync(CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("api/v1/videos", DraftVideo, cancellationToken);
        var data = await DataAsync(response, cancellationToken);
        return data.GetProperty("task_id").GetString() ?? throw new InvalidDataException("task_id is null");
    }

    /// <summary>GET /api/v1/tasks/{id}.</summary>
    public async Task<TaskSnapshot> GetTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(TaskPath(taskId), cancellationToken);
        var data = await DataAsync(response, cancellationToken);
        var stage = data.TryGetProperty("stage", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        var progress = data.TryGetProperty("progress", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : 0;
        var state = data.TryGetProperty("state", out var st) && st.ValueKind == JsonValueKind.Number ? st.GetInt32() : 0;
        return new TaskSnapshot(taskId, state, progress, stage);
    }

    public static string TaskPath(string taskId) => $"api/v1/tasks/{Uri.EscapeDataString(taskId)}";

    /// <summary>Polls GET /health/ready until it answers 200; false when <paramref name="timeout"/> passes first.</summary>
    public async Task<bool> WaitReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync("health/ready", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250, cancellationToken);
        }

        return false;
    }

    // the envelope: {"status":200,"message":"success","data":{...}}
    private static async Task<JsonElement> DataAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode} from {response.RequestMessage?.RequestUri}: {Truncate(body)}");
        }

        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"no 'data' object in {Truncate(body)}");
        }

        return data.Clone();
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
