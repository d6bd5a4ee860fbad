using System.Text;

namespace Reelforge.Media;

/// <summary>Keeps the last lines of stderr within a line and byte budget, so a long render never buffers all of it.</summary>
internal sealed class StandardErrorTail(int maxLines, int maxChars)
{
    private readonly Queue<string> lines = new();
    private int chars;

    public void Add(string line)
    {
        lines.Enqueue(line);
        chars += line.Length + 1;
        while (lines.Count > maxLines || (chars > maxChars && lines.Count > 1))
        {
            chars -= lines.Dequeue().Length + 1;
        }
    }

    public override string ToString()
    {
        var builder = new StringBuilder(chars);
        foreach (var line in lines)
        {
            builder.Append(line).Append('\n');
        }

        // One huge line can still exceed the budget; keep its end, where ffmpeg puts the reason.
        return builder.Length > maxChars ? builder.ToString(builder.Length - maxChars, maxChars) : builder.ToString();
    }
}
