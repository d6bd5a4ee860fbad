namespace Reelforge.Studio.Tests;

/// <summary>A studio server without a worker: submitted tasks stay queued, so task lists and buttons can be tested without rendering.</summary>
public sealed class QueueOnlyStudioServer : StudioServer
{
    protected override string[] ServeArguments => ["--no-worker"];

    protected override IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["Reelforge__Jobs__MaxQueued"] = "200",
    };
}
