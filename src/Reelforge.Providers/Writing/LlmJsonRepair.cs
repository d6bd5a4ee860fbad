using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Reelforge.Providers.Writing;

/// <summary>
/// Digs JSON out of what a model actually says: drops &lt;think&gt; blocks, code fences and prose around
/// it, then repairs the common breakage (trailing commas, cut-off strings, missing closing brackets).
/// </summary>
public static partial class LlmJsonRepair
{
    /// <summary>The parsed JSON, or null when nothing usable is there.</summary>
    public static JsonNode? TryParse(string? raw)
    {
        var candidate = Extract(raw);
        if (candidate is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(candidate);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The repaired JSON text (not yet parsed), or null when there is no '{' or '['.</summary>
    public static string? Extract(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = ThinkBlock().Replace(raw, string.Empty);
        var fence = Fence().Match(text);
        if (fence.Success)
        {
            text = fence.Groups["body"].Value;
        }

        var start = text.IndexOfAny(['{', '[']);
        return start < 0 ? null : Balance(text, start);
    }

    /// <summary>Copies one JSON value from <paramref name="start"/>, dropping trailing commas and closing what was left open.</summary>
    private static string Balance(string text, int start)
    {
        var output = new StringBuilder(text.Length - start + 8);
        var closers = new Stack<char>();
        var inString = false;
        var escaped = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                output.Append(c);
                if (escaped)
                {
                    escaped = false;
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    output.Append(c);
                    break;
                case '{':
                    closers.Push('}');
                    output.Append(c);
                    break;
                case '[':
                    closers.Push(']');
                    output.Append(c);
                    break;
                case '}' or ']':
                    TrimTrailingComma(output);
                    if (closers.Count > 0)
                    {
                        output.Append(closers.Pop());
                    }

                    if (closers.Count == 0)
                    {
                        return output.ToString();
                    }

                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        // Cut off mid-value: close the string, drop a dangling comma or key, close every bracket.
        if (inString)
        {
            if (escaped)
            {
                output.Length--;
            }

            output.Append('"');
        }

        TrimTrailingComma(output);
        var trimmed = output.ToString().TrimEnd();
        if (trimmed.EndsWith(':'))
        {
            output.Clear().Append(trimmed).Append("null");
        }

        while (closers.Count > 0)
        {
            output.Append(closers.Pop());
        }

        return output.ToString();
    }

    private static void TrimTrailingComma(StringBuilder output)
    {
        var end = output.Length;
        while (end > 0 && char.IsWhiteSpace(output[end - 1]))
        {
            end--;
        }

        if (end > 0 && output[end - 1] == ',')
        {
            output.Length = end - 1;
        }
    }

    [GeneratedRegex(@"<think>.*?(</think>|$)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ThinkBlock();

    [GeneratedRegex(@"```[a-zA-Z]*\s*\n?(?<body>.*?)(```|$)", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
