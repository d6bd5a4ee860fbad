namespace Reelforge.Pipeline.Gather;

/// <summary>Search terms for a scene that has none: its longer content words, most frequent first.</summary>
internal static class SceneKeywords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "about", "after", "again", "also", "because", "been", "before", "being", "between", "both", "could", "does",
        "doing", "down", "during", "each", "even", "every", "from", "have", "having", "here", "into", "just", "like",
        "more", "most", "much", "only", "other", "over", "same", "some", "such", "than", "that", "their", "them",
        "then", "there", "these", "they", "this", "those", "through", "under", "until", "very", "what", "when",
        "where", "which", "while", "will", "with", "would", "your", "yours", "make", "makes", "made",
    };

    public static IReadOnlyList<string> From(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetter).ToArray()).ToLowerInvariant())
            .Where(w => w.Length >= 4 && !StopWords.Contains(w))
            .GroupBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .Take(6)
            .ToList();
}
