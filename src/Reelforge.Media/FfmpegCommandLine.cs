using System.Text;

namespace Reelforge.Media;

/// <summary>Renders an argument list as a POSIX shell command a person can paste to reproduce a run.</summary>
public static class FfmpegCommandLine
{
    public static string Quote(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var builder = new StringBuilder();
        foreach (var argument in arguments)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            AppendQuoted(builder, argument);
        }

        return builder.ToString();
    }

    private static void AppendQuoted(StringBuilder builder, string argument)
    {
        if (argument.Length > 0 && argument.All(IsShellSafe))
        {
            builder.Append(argument);
            return;
        }

        // Inside single quotes nothing is special except the quote itself, which is closed, escaped and reopened.
        builder.Append('\'').Append(argument.Replace("'", "'\\''", StringComparison.Ordinal)).Append('\'');
    }

    private static bool IsShellSafe(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '+' or '=' or '/' or '.' or ',' or ':' or '@' or '%';
}
