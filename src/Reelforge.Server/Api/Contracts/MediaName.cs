namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// The rule for names of uploaded files in requests: one plain file name, never a path. Rejecting separators, "..",
/// rooted and drive-qualified names up front keeps traversal out before any resolver sees the value.
/// </summary>
public static class MediaName
{
    public static bool IsPlainFileName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 255 || name != name.Trim())
        {
            return false;
        }

        if (name is "." or ".." || name.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        if (name.IndexOfAny(['/', '\\', ':', '\0']) >= 0 || name.Any(char.IsControl) || Path.IsPathRooted(name))
        {
            return false;
        }

        return name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;
    }
}
