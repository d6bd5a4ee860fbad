using Reelforge.Pipeline.Captions;

namespace Reelforge.Pipeline.Tests.Captions;

/// <summary>One real measurer for all tests: fonts load once.</summary>
internal static class SharedMeasurer
{
    public static SkiaTextMeasurer Instance { get; } = new();
}
