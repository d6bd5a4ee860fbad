using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Reelforge.Providers.Tests.Llm;

/// <summary>
/// A loopback HTTP server (HttpListener on 127.0.0.1) that records every request and answers with
/// scripted replies: OpenAI chat completions (JSON and SSE), Anthropic messages, errors, slow answers.
/// </summary>
public sealed class FakeLlmServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FakeLlmServer(Func<RecordedRequest, FakeReply> respond)
    {
        Respond = respond;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string BaseUrl { get; }

    public Func<RecordedRequest, FakeReply> Respond { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Replies in order; the last one repeats.</summary>
    public static FakeLlmServer Sequence(params FakeReply[] replies)
    {
        var index = 0;
        return new FakeLlmServer(_ => replies[Math.Min(Interlocked.Increment(ref index) - 1, replies.Length - 1)]);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception)
        {
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var request = new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.PathAndQuery, context.Request.Headers, body);
            _requests.Enqueue(request);
            var reply = Respond(request);
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, _stop.Token);
            }

            var response = context.Response;
            response.StatusCode = reply.Status;
            response.ContentType = reply.ContentType;
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                response.Headers[name] = value;
            }

            if (reply.SseEvents is { } events)
            {
                response.SendChunked = true;
                foreach (var e in events)
                {
                    var bytes = Encoding.UTF8.GetBytes($"data: {e}\n\n");
                    await response.OutputStream.WriteAsync(bytes);
                    await response.OutputStream.FlushAsync();
                }
            }
            else
            {
                var bytes = Encoding.UTF8.GetBytes(reply.Body);
                response.ContentLength64 = bytes.Length;
                await response.OutputStream.WriteAsync(bytes);
            }

            response.Close();
        }
        catch (Exception)
        {
            // The client gave up (timeout tests) or the server is stopping.
            try
            {
                context.Response.Abort();
            }
            catch (Exception)
            {
            }
        }
    }
}
