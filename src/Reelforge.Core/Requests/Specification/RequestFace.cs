namespace Reelforge.Core.Requests.Specification;

/// <summary>The ways people ask for a video; each spells the settings its own way.</summary>
public enum RequestFace
{
    /// <summary><c>reelforge generate --option</c>.</summary>
    Cli,

    /// <summary>The REST API's snake_case JSON fields (MoneyPrinterTurbo's where it has one).</summary>
    Rest,

    /// <summary>The MCP <c>create_video</c> tool's arguments.</summary>
    Mcp,

    /// <summary>The web studio's controls.</summary>
    Studio,
}
