using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Timeout;
using Reelforge.Providers.Resilience;
using Reelforge.Core.Footage;

namespace Reelforge.Providers.Footage;

/// <summary>
/// Fetches stock footage into the local cache: a few downloads at a time, each attempt (every redirect hop and the whole
/// body) retried by the named policy <c>Resilience:Download</c> on 408/429/5xx, broken connections and timeouts
/// (honouring Retry-After), within a size limit, only media (content type and first bytes checked),
/// only from the providers' hosts over https, following redirects itself so each hop is checked.
/// </summary>
public sealed class FootageDownloader : IFootageDownloader, IDisposable
{
    private const int MaxRedirects = 5;

    private readonly HttpClient _http;
    private readonly StockOptions _options;
    private readonly DownloadAddressPolicy _policy;
    private readonly FootageMediaCache _cache;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _slots;
    private readonly ResiliencePipeline<Outcome> _retry;

    /// <param name="httpClient">A client that does not follow redirects (see <see cref="CreateHttpClient"/>).</param>
    /// <param name="allowedHosts">The sources' download hosts, e.g. <see cref="PexelsFootageSource.DownloadHosts"/>.</param>
    /// <param name="retry">The named policy Resilience:Download; default <see cref="StockOptions.DownloadRetry"/>.</param>
    public FootageDownloader(HttpClient httpClient, StockOptions options, IEnumerable<string> allowedHosts,
        FootageMediaCache? cache = null, ILogger<FootageDownloader>? logger = null, TimeProvider? timeProvider = null, RetryPolicy? retry = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _http = httpClient;
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _policy = new DownloadAddressPolicy(allowedHosts, options.AllowLoopbackForTests);
        _cache = cache ?? FootageMediaCache.FromOptions(options, _time);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _slots = new SemaphoreSlim(options.MaxParallelDownloads, options.MaxParallelDownloads);
        _retry = TransientRetryPipeline.Build<Outcome>(retry ?? options.DownloadRetry, _time,
            outcome => new RetryVerdict(outcome.Transient, outcome.RetryAfter, outcome.Failure ?? string.Empty), _logger);
    }

    /// <summary>
    /// An HttpClient suited to the downloader and the stock sources: no automatic redirects, pooled connections, and
    /// every connection made to an address checked at connect time (<see cref="ConnectCheckedAsync"/>), so a name
    /// that resolved to a public address when it was checked cannot be re-resolved to an internal one (DNS rebinding).
    /// </summary>
    /// <param name="allowLoopback">Tests only: connections to loopback fakes are allowed.</param>
    public static HttpClient CreateHttpClient(bool allowLoopback = false) => new(CreateHandler(allowLoopback))
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>The handler beneath <see cref="CreateHttpClient"/>, for the "stock" client of the HTTP client factory.</summary>
    public static SocketsHttpHandler CreateHandler(bool allowLoopback = false) => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(15),
        ConnectCallback = (context, cancellationToken) => ConnectCheckedAsync(context.DnsEndPoint, allowLoopback, cancellationToken),
    };

    /// <summary>Resolves the host once, refuses private and loopback addresses, and connects to the address it checked.</summary>
    public static async ValueTask<Stream> ConnectCheckedAsync(DnsEndPoint endPoint, bool allowLoopback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        var addresses = IPAddress.TryParse(endPoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        var usable = addresses.Where(a => !DownloadAddressPolicy.IsInternal(a) || (allowLoopback && IPAddress.IsLoopback(a))).ToArray();
        if (usable.Length == 0)
        {
            throw new HttpRequestException($"Refused to connect to {endPoint.Host}: it resolves only to private or loopback addresses.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The item with <see cref="FootageItem.Path"/> set to the local file (from the cache when present).</summary>
    /// <exception cref="StockFootageException">The file could not be fetched or is not acceptable media.</exception>
    public async Task<FootageItem> DownloadAsync(FootageItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Path is not null && File.Exists(item.Path))
        {
            return item;
        }

        var url = item.DownloadUrl ?? throw new StockFootageException($"Footage {item.Id} has no download URL.");
        if (_cache.TryGet(url) is { } cached)
        {
            return item with { Path = cached };
        }

        await _slots.WaitAsync(cancellationToken);
        try
        {
            // another download of the same URL may have finished while this one waited
            var path = _cache.TryGet(url) ?? await FetchWithRetriesAsync(item.Id, url, cancellationToken);
            return item with { Path = path };
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <inheritdoc />
    public async Task<FootageItem?> TryDownloadAsync(FootageItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            return await DownloadAsync(item, cancellationToken);
        }
        catch (StockFootageException e)
        {
            _logger.LogWarning("Skipping footage {Id}: {Reason}", item.Id, e.Message);
            return null;
        }
    }

    public void Dispose() => _slots.Dispose();

    private async Task<string> FetchWithRetriesAsync(string id, Uri url, CancellationToken cancellationToken)
    {
        Outcome outcome;
        try
        {
            var context = ResilienceContextPool.Shared.Get(id, cancellationToken);
            try
            {
                outcome = await _retry.ExecuteAsync(
                    static (context, state) => new ValueTask<Outcome>(state.Downloader.FetchOnceAsync(state.Url, context.CancellationToken)),
                    context, (Downloader: this, Url: url));
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }
        catch (Exception e) when (e is TimeoutRejectedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The policy's attempt timeout, or the client's own, on the last attempt: a skipped clip, not a failed video.
            outcome = Outcome.Retry("timed out");
        }

        return outcome.Path ?? throw new StockFootageException($"Download of {id} failed: {outcome.Failure}");
    }

    private async Task<Outcome> FetchOnceAsync(Uri url, CancellationToken cancellationToken)
    {
        var current = url;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            if (await _policy.RefusalAsync(current, cancellationToken) is { } refusal)
            {
                return Outcome.Fail(refusal);
            }

            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                if (TransientFailure.IsTransient(response))
                {
                    return Outcome.Retry($"HTTP {status}", TransientFailure.ReadRetryAfter(response.Headers, _time));
                }

                if (!response.IsSuccessStatusCode)
                {
                    return Outcome.Fail($"HTTP {status}");
                }

                return await SaveAsync(url, response, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
            {
                // A refused or dropped connection: the one classifier says whether it is worth another attempt.
                return TransientFailure.IsTransient(e) ? Outcome.Retry(e.Message) : Outcome.Fail(e.Message);
            }
        }

        return Outcome.Fail("too many redirects");
    }

    private async Task<Outcome> SaveAsync(Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var max = _options.MaxDownloadBytes;
        if (response.Content.Headers.ContentLength is { } length && length > max)
        {
            return Outcome.Fail($"{length} bytes is over the {max}-byte limit");
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        var isVideo = mediaType.StartsWith("video/", StringComparison.OrdinalIgnoreCase);
        if (!isVideo && !mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
        {
            return Outcome.Fail($"content type '{mediaType}' is not video or image");
        }

        var temp = _cache.NewTempPath(url);
        var keep = false;
        try
        {
            var head = new byte[MediaSignature.Length];
            var headLength = 0;
            long total = 0;
            await using (var source = await response.Content.ReadAsStreamAsync(cancellationToken))
            await using (var target = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += read;
                    if (total > max)
                    {
                        return Outcome.Fail($"more than the {max}-byte limit was sent");
                    }

                    if (headLength < head.Length)
                    {
                        var take = Math.Min(read, head.Length - headLength);
                        buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                        headLength += take;
                    }

                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (response.Content.Headers.ContentLength is { } expected && expected != total)
            {
                return Outcome.Retry($"connection closed after {total} of {expected} bytes");
            }

            var extension = MediaSignature.Extension(head.AsSpan(0, headLength));
            if (extension is null || MediaSignature.IsVideo(extension) != isVideo)
            {
                return Outcome.Fail($"the file is not {(isVideo ? "a video" : "an image")} (content type '{mediaType}', unrecognised first bytes)");
            }

            keep = true;
            return Outcome.Done(_cache.Commit(url, temp, extension));
        }
        finally
        {
            if (!keep)
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>One attempt's result: the saved file, or why not and whether another attempt may do better.</summary>
    private readonly record struct Outcome(string? Path, string? Failure, bool Transient, TimeSpan? RetryAfter)
    {
        public static Outcome Done(string path) => new(path, null, false, null);

        public static Outcome Fail(string reason) => new(null, reason, false, null);

        public static Outcome Retry(string reason, TimeSpan? retryAfter = null) => new(null, reason, true, retryAfter);
    }
}
