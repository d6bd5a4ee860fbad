namespace Reelforge.Core.Requests;

/// <summary>The pipeline stages, in order.</summary>
public enum StageName
{
    Plan,
    Narrate,
    Caption,
    Gather,
    Compose,
    Render,
    Verify,
}
