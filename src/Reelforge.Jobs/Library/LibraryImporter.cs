using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Reelforge.Core;
using Reelforge.Data;
using Reelforge.Data.Library;
using Reelforge.Media;
using Reelforge.Media.Probing;
using Reelforge.Providers.Footage;

namespace Reelforge.Jobs.Library;

/// <summary>
/// <c>reelforge library import DIR</c>: records every video and image under a directory with its ffprobe metadata,
/// search terms (file name, folder names under DIR, sidecar) and perceptual hash. Files already recorded with the
/// same size and modification time (and no newer sidecar) are skipped, so importing again is cheap and changes nothing.
/// </summary>
public sealed class LibraryImporter(ReelforgeDatabase database, FfmpegRunner runner, TimeProvider? clock = null)
{
    private static readonly string[] SidecarExtensions = [".json", ".txt"];

    private readonly FfprobeClient _probe = new(runner);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<LibraryImportReport> ImportAsync(string directory, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Library directory '{root}' does not exist.");
        }

        var stopwatch = Stopwatch.StartNew();
        var fingerprinter = new PictureFingerprinter(runner, _probe);
        await using var context = database.CreateContext();
        // Every original's hash, to recognise near-duplicates among what is already there and what this run adds.
        var originals = await context.LibraryItems.AsNoTracking()
            .Where(i => i.DuplicateOfId == null)
            .Select(i => new KnownPicture(i.Id, i.PerceptualHash))
            .ToListAsync(cancellationToken);
        int imported = 0, updated = 0, skipped = 0, duplicates = 0;
        var failures = new List<LibraryImportFailure>();
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => LocalFootageSource.KindOf(f) is not null)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = new FileInfo(file);
            var existing = await context.LibraryItems.Include(i => i.Terms).SingleOrDefaultAsync(i => i.Path == file, cancellationToken);
            if (existing is not null && IsUnchanged(existing, info))
            {
                skipped++;
                continue;
            }

            LibraryItem item;
            try
            {
                item = await DescribeAsync(root, info, fingerprinter, cancellationToken);
            }
            catch (Exception e) when (e is FfmpegException or InvalidDataException or System.Text.Json.JsonException or IOException)
            {
                failures.Add(new LibraryImportFailure(file, ShortReason(e.Message)));
                continue;
            }

            var match = originals.Where(o => o.Id != existing?.Id)
                .Select(o => (o.Id, Distance: PerceptualHash.Distance(o.Hash, item.PerceptualHash)))
                .Where(o => o.Distance <= PerceptualHash.NearDuplicateThreshold)
                .OrderBy(o => o.Distance).ThenBy(o => o.Id)
                .Select(o => (long?)o.Id)
                .FirstOrDefault();
            LibraryItem? demoted = null;
            item.DuplicateOfId = null;
            if (match is { } matchId)
            {
                duplicates++;
                var other = await context.LibraryItems.SingleAsync(i => i.Id == matchId, cancellationToken);
                // The larger picture stays the original: a thumbnail imported first does not hide its full-size source.
                if ((long)item.Width * item.Height > (long)other.Width * other.Height)
                {
                    demoted = other;
                }
                else
                {
                    item.DuplicateOfId = matchId;
                }
            }

            if (existing is null)
            {
                context.LibraryItems.Add(item);
                imported++;
            }
            else
            {
                Apply(item, existing);
                updated++;
            }

            await context.SaveChangesAsync(cancellationToken);
            var saved = existing ?? item;
            originals.RemoveAll(o => o.Id == saved.Id);
            if (saved.DuplicateOfId is null)
            {
                originals.Add(new KnownPicture(saved.Id, saved.PerceptualHash));
            }

            if (demoted is not null)
            {
                await DemoteAsync(context, demoted, saved.Id, cancellationToken);
                originals.RemoveAll(o => o.Id == demoted.Id);
            }

            // One file at a time: nothing from earlier files needs tracking, and a large library stays small in memory.
            context.ChangeTracker.Clear();
        }

        return new LibraryImportReport(imported, updated, skipped, duplicates, failures, stopwatch.Elapsed);
    }

    /// <summary>Makes <paramref name="demoted"/> and every duplicate of it duplicates of <paramref name="originalId"/>.</summary>
    private static async Task DemoteAsync(ReelforgeDbContext context, LibraryItem demoted, long originalId, CancellationToken cancellationToken)
    {
        var itsDuplicates = await context.LibraryItems.Where(i => i.DuplicateOfId == demoted.Id).ToListAsync(cancellationToken);
        foreach (var duplicate in itsDuplicates)
        {
            duplicate.DuplicateOfId = originalId;
        }

        demoted.DuplicateOfId = originalId;
        await context.SaveChangesAsync(cancellationToken);
    }

    private static bool IsUnchanged(LibraryItem item, FileInfo info)
    {
        var sidecarChanged = SidecarExtensions
            .Select(e => new FileInfo(Path.ChangeExtension(info.FullName, e)))
            .Any(s => s.Exists && s.LastWriteTimeUtc > item.ImportedAt);
        // PostgreSQL keeps microseconds, not .NET's 100 ns ticks: compare to within a millisecond.
        return item.SizeBytes == info.Length && Math.Abs((item.ModifiedAt - info.LastWriteTimeUtc).TotalMilliseconds) < 1 && !sidecarChanged;
    }

    private async Task<LibraryItem> DescribeAsync(string root, FileInfo info, PictureFingerprinter fingerprinter, CancellationToken cancellationToken)
    {
        var probe = await _probe.ProbeAsync(info.FullName, cancellationToken);
        if (probe.Video is not { Width: > 0, Height: > 0 } video)
        {
            throw new InvalidDataException("no picture: ffprobe found no video stream");
        }

        var kind = probe.IsImage ? LibraryItemKind.Image : LibraryItemKind.Video;
        var sidecar = await LibrarySidecar.ReadAsync(info.FullName, cancellationToken);
        var hash = kind == LibraryItemKind.Image
            ? await fingerprinter.HashImageAsync(info.FullName, cancellationToken)
            : await fingerprinter.HashVideoAsync(info.FullName, probe.Duration, cancellationToken);
        var name = Path.GetFileNameWithoutExtension(info.Name);
        var folders = Path.GetRelativePath(root, info.DirectoryName ?? root)
            .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)
            .Where(f => f != ".");
        var terms = LibraryTermText.Terms([name, .. folders, .. sidecar?.Tags ?? [], sidecar?.Title]);
        return new LibraryItem
        {
            Path = info.FullName,
            Kind = kind,
            Width = video.Width.Value,
            Height = video.Height.Value,
            DurationSeconds = kind == LibraryItemKind.Video ? probe.Duration : null,
            Codec = video.CodecName,
            SizeBytes = info.Length,
            ModifiedAt = info.LastWriteTimeUtc,
            ContentHash = await ContentHash.OfFileAsync(info.FullName, cancellationToken),
            PerceptualHash = hash,
            Title = sidecar?.Title ?? string.Join(' ', name.Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries)),
            ImportedAt = _clock.GetUtcNow().UtcDateTime,
            Terms = terms.Select(t => new LibraryTerm { Term = t }).ToList(),
        };
    }

    private static void Apply(LibraryItem from, LibraryItem to)
    {
        to.Kind = from.Kind;
        to.Width = from.Width;
        to.Height = from.Height;
        to.DurationSeconds = from.DurationSeconds;
        to.Codec = from.Codec;
        to.SizeBytes = from.SizeBytes;
        to.ModifiedAt = from.ModifiedAt;
        to.ContentHash = from.ContentHash;
        to.PerceptualHash = from.PerceptualHash;
        to.DuplicateOfId = from.DuplicateOfId;
        to.Title = from.Title;
        to.ImportedAt = from.ImportedAt;
        to.Terms.RemoveAll(t => !from.Terms.Any(n => n.Term == t.Term));
        to.Terms.AddRange(from.Terms.Where(n => !to.Terms.Any(t => t.Term == n.Term)));
    }

    /// <summary>The last line of an error (ffmpeg's own complaint comes last in its stderr tail).</summary>
    private static string ShortReason(string message)
    {
        var line = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? message;
        return line.Length > 300 ? line[..300] : line;
    }

    private sealed record KnownPicture(long Id, long Hash);
}
