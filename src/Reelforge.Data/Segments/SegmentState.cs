namespace Reelforge.Data.Segments;

/// <summary>Where one part of a segmented render is. Stored by name.</summary>
public enum SegmentState
{
    /// <summary>Waiting for a worker (new, or given back by a worker that stopped).</summary>
    Pending,

    /// <summary>A worker renders it and heartbeats; a claim whose heartbeat is older than the lease may be taken over.</summary>
    Running,

    /// <summary>The part's file is in place.</summary>
    Done,

    /// <summary>ffmpeg failed on it; the batch fails with its error.</summary>
    Failed,
}
