using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Reelforge.Bench.Api;

/// <summary>
/// For --self-test only: a loopback stub that speaks the server's wire format. A task shows no progress for
/// <see cref="StartDelay"/>, then renders for a second (1% per 10 ms) and completes, so the probe has a known floor to find.
/// </summary>
public sealed class StubApi : IAsyncDisposable
{
    public static readonly TimeSpan StartDelay = TimeSpan.FromMilliseconds(40);

    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _created = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public StubApi()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public Uri BaseUrl { get; }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (HttpListenerException)
        {
        }
        catch (ObjectDisposedException)
        {
        }

        _listener.Close();
    }

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var request = context.Request;
        var path = request.Url?.AbsolutePath ?? "/";
        var (status, body) = (request.HttpMethod, path) switch
        {
            ("GET", "/health/ready") => (200, "{\"status\":\"ready\"}"),
            ("POST", "/api/v1/videos") => (200, Envelope($"{{\"task_id\":\"{Submit()}\"}}")),
            ("GET", _) when path.StartsWith("/api/v1/tasks/", StringComparison.Ordinal) => DescribeTask(path["/api/v1/tasks/".Length..]),
            _ => (404, "{\"status\":404,\"message\":\"not found\"}"),
        };
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        try
        {
            context.Response.OutputStream.Write(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // the client went away
        }
    }

    private string Submit()
    {
        var id = Guid.NewGuid().ToString();
        _created[id] = Stopwatch.GetTimestamp();
        return id;
    }

    private (int Status, string Body) DescribeTask(string id)
    {
        if (!_created.TryGetValue(id, out var created))
        {
            return (404, "{\"status\":404,\"message\":\"task not found\"}");
        }

        var running = Stopwatch.GetElapsedTime(created) - StartDelay;
        var (state, progress, stage) =
            running <= TimeSpan.Zero ? (4, 0, "null")
            : running.TotalMilliseconds < 990 ? (4, 1 + (int)(running.TotalMilliseconds / 10), "\"render\"")
            : (1, 100, "\"done\"");
        var data = string.Create(
            CultureInfo.InvariantCulture,
            $"{{\"task_id\":\"{id}\",\"state\":{state},\"progress\":{progress},\"stage\":{stage}}}");
        return (200, Envelope(data));
    }

    private static string Envelope(string data) => $"{{\"status\":200,\"message\":\"success\",\"data\":{data}}}";
}
