namespace Reelforge.Core.Footage;

/// <summary>A place footage comes from.</summary>
public interface IFootageSource
{
    string Name { get; }

    /// <summary>Candidates for a scene, best first.</summary>
    Task<IReadOnlyList<FootageItem>> FindAsync(FootageQuery query, CancellationToken cancellationToken);
}
