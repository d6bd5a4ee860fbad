using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace Reelforge.Mcp.Tests;

/// <summary>Reading what the tools answer: JSON text content, or an error's text.</summary>
internal static class ToolResults
{
    public static string Text(CallToolResult result) =>
        string.Join('\n', result.Content.OfType<TextContentBlock>().Select(c => c.Text));

    /// <summary>The JSON of a successful call; fails the test with the text when the call was an error.</summary>
    public static JsonElement Json(CallToolResult result)
    {
        Assert.True(result.IsError is not true, $"tool error: {Text(result)}");
        return JsonDocument.Parse(Text(result)).RootElement.Clone();
    }

    /// <summary>The text of an error result; fails when the call succeeded or when exception text leaked.</summary>
    public static string Error(CallToolResult result)
    {
        var text = Text(result);
        Assert.True(result.IsError is true, $"expected a tool error, got: {text}");
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        return text;
    }
}
