namespace Reelforge.Mcp.Tests;

/// <summary>create_video arguments for small, fast renders: 180 px on the short side, draft quality, no music.</summary>
internal static class SmallVideo
{
    public const string Script = "Volcanoes are openings in the crust. Hot rock and ash escape from them.";

    public const string LongScript = "A longer video that gets cancelled.\n\nIt has several scenes.\n\nEach one takes a while to narrate and to render.";

    public static Dictionary<string, object?> Arguments(string script = Script) => new()
    {
        ["script"] = script,
        ["short_side"] = 180,
        ["quality"] = "draft",
        ["music"] = "none",
        ["transition"] = "none",
    };
}
