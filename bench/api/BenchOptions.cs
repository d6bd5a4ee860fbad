using System.Globalization;

namespace Reelforge.Bench.Api;

/// <summary>The command line: what to measure, against which server, for how long.</summary>
public sealed record BenchOptions
{
    public const string Usage = """
        Reelforge API benchmark (loopback only).
          --base-url URL        the server to measure, e.g. http://127.0.0.1:58080 (required unless --self-test)
          --self-test           measure a stub started inside this tool instead, and check the numbers are sane
          --out FILE            write the markdown report there too (default: none; run.sh passes bench/results/api-latest.md)
          --submissions N       submit-to-first-progress samples (default 5)
          --connections N       concurrent connections and workers for the load phase (default 64)
          --warmup SECONDS      load warm-up, not measured (default 3)
          --duration SECONDS    measured load window (default 15)
          --ready-timeout S     wait this long for GET /health/ready (default 120)
          --finish-timeout S    wait this long for each submitted task to finish (default 300)
        """;

    public Uri? BaseUrl { get; init; }

    public bool SelfTest { get; init; }

    public string? OutFile { get; init; }

    public int Submissions { get; init; } = 5;

    public int Connections { get; init; } = 64;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(120);

    public TimeSpan FinishTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>Parses <paramref name="args"/>; throws <see cref="ArgumentException"/> with the reason on bad input.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--base-url" => options with { BaseUrl = LoopbackUrl(Value()) },
                "--self-test" => options with { SelfTest = true },
                "--out" => options with { OutFile = Value() },
                "--submissions" => options with { Submissions = Positive(args[i], Value(), 100) },
                "--connections" => options with { Connections = Positive(args[i], Value(), 1024) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Positive(args[i], Value(), 600, allowZero: true)) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(args[i], Value(), 600)) },
                "--ready-timeout" => options with { ReadyTimeout = TimeSpan.FromSeconds(Positive(args[i], Value(), 3600)) },
                "--finish-timeout" => options with { FinishTimeout = TimeSpan.FromSeconds(Positive(args[i], Value(), 3600)) },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }

        if (options.BaseUrl is null == !options.SelfTest)
        {
            throw new ArgumentException("give exactly one of --base-url and --self-test");
        }

        return options;
    }

    // the benchmark hammers its target: keep it on this machine
    private static Uri LoopbackUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp || !url.IsLoopback)
        {
            throw new ArgumentException($"--base-url must be an http:// loopback address, not '{text}'");
        }

        return url;
    }

    private static int Positive(string name, string text, int max, bool allowZero = false)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > max || (value == 0 && !allowZero))
        {
            throw new ArgumentException($"{name} must be a whole number from {(allowZero ? 0 : 1)} to {max}, not '{text}'");
        }

        return value;
    }
}
