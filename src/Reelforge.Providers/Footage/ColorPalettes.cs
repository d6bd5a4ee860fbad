namespace Reelforge.Providers.Footage;

/// <summary>Hand-picked palettes for procedural backgrounds: dark-to-light colour families that keep white captions readable.</summary>
public static class ColorPalettes
{
    public static IReadOnlyList<IReadOnlyList<string>> All { get; } =
    [
        ["#1B2A49", "#7B3F8C", "#E07A5F", "#F2CC8F", "#81B29A"], // dusk
        ["#0B1D3A", "#145DA0", "#2E8BC0", "#B1D4E0", "#F4A259"], // ocean
        ["#1A1423", "#3D2645", "#832161", "#DA4167", "#F0EFF4"], // berry
        ["#10302A", "#1F6F5C", "#3FA796", "#F5C04A", "#E86A33"], // forest
        ["#231942", "#5E548E", "#9F86C0", "#BE95C4", "#E0B1CB"], // lavender
        ["#2B0F0E", "#7A1F1F", "#C8553D", "#F28F3B", "#FFD5C2"], // ember
        ["#0F1A20", "#1F4E5F", "#4D9078", "#B4D6A4", "#F7F0C6"], // sage
        ["#14213D", "#274690", "#576CA8", "#FCA311", "#E5E5E5"], // navy gold
    ];

    /// <summary>The palette for a video, chosen by its seed.</summary>
    public static IReadOnlyList<string> ForSeed(int seed) => All[(int)((uint)seed % (uint)All.Count)];
}
