namespace Reelforge.Core.Requests.Specification;

/// <summary>How the script is written from a topic (when an LLM is configured).</summary>
internal static class WritingSettings
{
    public static IReadOnlyList<RequestSetting> All { get; } =
    [
        new()
        {
            Key = "target_seconds", Kind = SettingKind.Number, Stage = StageName.Plan, Cli = "--target-seconds", Rest = "target_seconds",
            Help = "With a topic: narration length to aim for, seconds (wins over paragraphs).", Minimum = 5, Maximum = 600, DefaultMeaning = "the writer's choice",
            Read = r => r.Writing.TargetSeconds, Write = (r, v) => r with { Writing = r.Writing with { TargetSeconds = (double?)v } },
        },
        new()
        {
            Key = "paragraphs", Kind = SettingKind.WholeNumber, Stage = StageName.Plan, Cli = "--paragraphs", Rest = "paragraph_number",
            Help = "With a topic: number of paragraphs (scenes) to write.", Minimum = 1, Maximum = 30, DefaultMeaning = "the writer's choice",
            Read = r => r.Writing.Paragraphs, Write = (r, v) => r with { Writing = r.Writing with { Paragraphs = (int?)v } },
        },
        Text("tone", "--tone", "With a topic: tone or style of the script (e.g. playful, serious).", 200, r => r.Writing.Tone, (w, v) => w with { Tone = v }),
        Text("audience", "--audience", "With a topic: who the video is for.", 200, r => r.Writing.Audience, (w, v) => w with { Audience = v }),
        Text("hook", "--hook", "With a topic: an opening line to start the script with.", 500, r => r.Writing.Hook, (w, v) => w with { Hook = v }),
        Text("instructions", "--instructions", "With a topic: extra instructions for the script writer.", 2000, r => r.Writing.Instructions, (w, v) => w with { Instructions = v }),
    ];

    private static RequestSetting Text(string key, string cli, string help, int maxLength, Func<VideoRequest, string?> read, Func<WritingOptions, string?, WritingOptions> write) => new()
    {
        Key = key, Kind = SettingKind.Text, Stage = StageName.Plan, Cli = cli, Rest = key, Help = help, MaxLength = maxLength, DefaultMeaning = "none",
        Read = read, Write = (r, v) => r with { Writing = write(r.Writing, (string?)v) },
    };
}
