namespace Reelforge.Pipeline.Generation;

/// <summary>Where a generation writes: the final video (sidecars beside it), a work directory, and the shared cache.</summary>
public sealed record GenerationOptions(string OutputPath, string WorkDirectory, string CacheDirectory);
