namespace Reelforge.Core.Footage;

/// <summary>A generated moving background: a style, the colours it uses and a seed for its motion.</summary>
/// <param name="Style">The look (for example "gradient", "orbs", "waves").</param>
/// <param name="Palette">Colours as #RRGGBB, two or more.</param>
public sealed record ProceduralBackground(string Style, IReadOnlyList<string> Palette, int Seed);
