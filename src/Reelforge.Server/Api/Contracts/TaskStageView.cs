using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>One pipeline stage of a task in <see cref="TaskView.Stages"/>: how often it ran, when, and for how long.</summary>
public sealed record TaskStageView
{
    /// <summary>plan, narrate, caption, gather, compose, render or verify.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Whether the stage finished (its checkpoint is stored).</summary>
    [JsonPropertyName("done")]
    public bool Done { get; init; }

    [JsonPropertyName("runs")]
    public int Runs { get; init; }

    [JsonPropertyName("seconds"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Seconds { get; init; }

    [JsonPropertyName("started_at"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? StartedAt { get; init; }

    [JsonPropertyName("finished_at"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? FinishedAt { get; init; }
}
