namespace Reelforge.Providers.Tests.Footage;

public sealed record RecordedRequest(string Path, string Query, string? Authorization);
