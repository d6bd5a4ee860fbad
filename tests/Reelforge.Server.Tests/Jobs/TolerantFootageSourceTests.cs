using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Core.Footage;
using Reelforge.Jobs.Production;

namespace Reelforge.Server.Tests.Jobs;

public sealed class TolerantFootageSourceTests
{
    private sealed class BrokenSource(Exception failure) : IFootageSource
    {
        public string Name => "pexels";

        public Task<IReadOnlyList<FootageItem>> FindAsync(FootageQuery query, CancellationToken cancellationToken) => Task.FromException<IReadOnlyList<FootageItem>>(failure);
    }

    [Fact]
    public async Task FailingSource_GivesNoFootage_InsteadOfFailingTheVideo()
    {
        var source = new TolerantFootageSource(new BrokenSource(new HttpRequestException("Name or service not known")), NullLogger.Instance);

        Assert.Empty(await source.FindAsync(new FootageQuery(0, ["lava"], 5, Portrait: true), CancellationToken.None));
        Assert.Equal("pexels", source.Name);
    }

    [Fact]
    public async Task Cancellation_StillStopsTheVideo()
    {
        var source = new TolerantFootageSource(new BrokenSource(new OperationCanceledException()), NullLogger.Instance);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => source.FindAsync(new FootageQuery(0, ["lava"], 5, Portrait: true), CancellationToken.None));
    }
}
