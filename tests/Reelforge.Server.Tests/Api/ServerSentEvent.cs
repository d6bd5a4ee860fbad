using System.Text.Json;

namespace Reelforge.Server.Tests.Api;

/// <summary>One event of a <c>text/event-stream</c>: its name and its JSON data.</summary>
public sealed record ServerSentEvent(string Name, JsonElement Data)
{
    /// <summary>Reads events until the stream ends (the server closes it after <c>done</c>).</summary>
    public static async Task<List<ServerSentEvent>> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        var events = new List<ServerSentEvent>();
        using var reader = new StreamReader(stream);
        string? name = null;
        var data = new List<string>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Count > 0)
                {
                    events.Add(new ServerSentEvent(name ?? "message", JsonDocument.Parse(string.Join('\n', data)).RootElement.Clone()));
                }

                (name, data) = (null, []);
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Add(line["data:".Length..].TrimStart());
            }
        }

        return events;
    }
}
