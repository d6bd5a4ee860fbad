namespace Reelforge.Jobs.Library;

/// <summary>What an import did: new files, changed files, unchanged files, near-duplicates found, and files it could not read.</summary>
public sealed record LibraryImportReport(int Imported, int Updated, int Skipped, int Duplicates, IReadOnlyList<LibraryImportFailure> Failures, TimeSpan Elapsed);
