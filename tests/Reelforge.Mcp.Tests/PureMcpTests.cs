using System.Text.Json;
using Reelforge.Server.Mcp;

namespace Reelforge.Mcp.Tests;

/// <summary>The pure pieces: argument checks against a schema, resource URIs, REST-to-MCP field names.</summary>
public sealed class PureMcpTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse("""
        {"type": "object", "required": ["task_id"], "properties": {
          "task_id": {"type": "string"},
          "count": {"type": "integer", "default": 1},
          "aspect": {"type": "string", "enum": ["9:16", "16:9"]},
          "terms": {"type": ["array", "null"], "items": {"type": "string"}},
          "scenes": {"type": "array", "items": {"type": ["object", "null"], "properties": {"text": {"type": ["string", "null"]}}}}}}
        """).RootElement;

    [Theory]
    [InlineData("""{"task_id": "a"}""", null)]
    [InlineData("""{"task_id": "a", "count": 2, "aspect": "16:9", "terms": null, "scenes": [{"text": "x"}, null]}""", null)]
    [InlineData("""{}""", "task_id is required.")]
    [InlineData("""{"task_id": null}""", "task_id is required.")]
    [InlineData("""{"task_id": "a", "count": 1.5}""", "count must be an integer, not 1.5.")]
    [InlineData("""{"task_id": "a", "count": "2"}""", "count must be an integer, not \"2\".")]
    [InlineData("""{"task_id": "a", "aspect": "4:3"}""", "aspect must be 9:16 or 16:9, not '4:3'.")]
    [InlineData("""{"task_id": "a", "terms": "lava"}""", "terms must be an array, not \"lava\".")]
    [InlineData("""{"task_id": "a", "terms": ["lava", 3]}""", "terms[1] must be a string, not 3.")]
    [InlineData("""{"task_id": "a", "scenes": [{"text": "ok"}, {"text": true}]}""", "scenes[1].text must be a string, not true.")]
    public void Check_NamesTheFirstArgumentThatDoesNotFit(string arguments, string? expected)
    {
        var args = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(arguments)!;

        Assert.Equal(expected, McpArgumentSchema.Check(Schema, args));
    }

    [Fact]
    public void TaskResourceUri_RoundTripsAFileName_AndRefusesAnythingElse()
    {
        var id = Guid.NewGuid().ToString();
        var uri = TaskResourceUri.For(id, "final 1.mp4");

        Assert.Equal($"reelforge://tasks/{id}/final%201.mp4", uri);
        Assert.True(TaskResourceUri.TryParse(uri, out var taskId, out var file));
        Assert.Equal((id, "final 1.mp4"), (taskId, file));
        Assert.False(TaskResourceUri.TryParse($"reelforge://tasks/{id}/../x", out _, out _));
        Assert.False(TaskResourceUri.TryParse("reelforge://tasks/not-a-guid/final-1.mp4", out _, out _));
        Assert.False(TaskResourceUri.TryParse($"file:///tasks/{id}/final-1.mp4", out _, out _));
        Assert.False(TaskResourceUri.TryParse($"reelforge://tasks/{id}/", out _, out _));
    }

    [Fact]
    public void FieldNames_SpellRestFieldsAsToolArguments_InMessages()
    {
        Assert.Equal("aspect must be 9:16, 16:9, 1:1 or 4:5, not '4:3'.", McpFieldNames.InMessage("video_aspect must be 9:16, 16:9, 1:1 or 4:5, not '4:3'."));
        Assert.Equal("music: there is no track named 'x.mp3' in the music library.", McpFieldNames.InMessage("bgm_file: there is no track named 'x.mp3' in the music library."));
        Assert.Equal("scenes[2].text is empty", McpFieldNames.InMessage("scenes[2].text is empty"));
        Assert.Equal("short_side must be even", McpFieldNames.InMessage("short_side must be even"));
    }
}
