namespace Reelforge.Jobs.Library;

/// <summary>A file the import left out, and why (ffprobe's error, no picture, a malformed sidecar).</summary>
public sealed record LibraryImportFailure(string Path, string Reason);
