using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Reelforge.TestSupport;

/// <summary>
/// A real <c>reelforge serve</c> or <c>reelforge worker</c> process (the built CLI), with its own environment; its
/// output is kept for failure messages. Disposing kills it.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process)
    {
        _process = process;
    }

    public Uri? BaseAddress { get; private init; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static ServerProcess StartServe(string dataDirectory, IReadOnlyDictionary<string, string>? environment = null, params string[] extraArgs)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var process = Start(["serve", "--urls", address.ToString().TrimEnd('/'), "--data-dir", dataDirectory, .. extraArgs], environment);
        return new ServerProcess(process.Process) { BaseAddress = address }.Attach(process.Output);
    }

    public static ServerProcess StartWorker(string dataDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var process = Start(["worker", "--data-dir", dataDirectory], environment);
        return new ServerProcess(process.Process).Attach(process.Output);
    }

    /// <summary>Waits until <c>/api/v1/voices</c> answers (the server is up and migrated).</summary>
    public async Task WaitReadyAsync(HttpClient client, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(client);
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"reelforge exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseAddress!, "/api/v1/voices"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"reelforge serve did not become ready in {timeout}:\n{Output}");
    }

    /// <summary>Kills the process at once (SIGKILL), as a crash would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private ServerProcess Attach(StringBuilder output)
    {
        _ = output;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        return this;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static (Process Process, StringBuilder Output) Start(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reelforge.dll"));
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        psi.Environment["REELFORGE_CACHE_DIR"] = Path.Combine(Path.GetTempPath(), "reelforge-tests", "server-cache");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            psi.Environment[key] = value;
        }

        return (Process.Start(psi)!, new StringBuilder());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
