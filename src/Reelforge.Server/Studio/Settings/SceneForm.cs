using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Studio.Settings;

/// <summary>One scene on the Create page: its narration, its footage search terms and the footage picked for it.</summary>
public sealed class SceneForm
{
    public string Text { get; set; } = "";

    /// <summary>Comma-separated search terms.</summary>
    public string Terms { get; set; } = "";

    /// <summary>A file of the footage library (its stored name), or empty to search.</summary>
    public string Media { get; set; } = "";

    /// <summary>A stock item picked from a footage search, or null: the API's own scene <c>stock</c> item.</summary>
    public StockPickParams? Stock { get; set; }
}
