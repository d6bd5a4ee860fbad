namespace Reelforge.Core.Requests.Specification;

/// <summary>Background music.</summary>
internal static class MusicSettings
{
    /// <summary>A track picked by the seed from the music library, else the built-in music bed.</summary>
    public const string Random = "random";

    public const string None = "none";

    public static IReadOnlyList<RequestSetting> All { get; } =
    [
        new()
        {
            Key = "music", Kind = SettingKind.Text, Stage = StageName.Compose, Cli = "--music", Rest = "bgm_file",
            Help = "Background music: random (a track of the music library, else the built-in bed), none, or a track (a file on the CLI, a music library name on the server).",
            Default = Random, MaxLength = 4096,
            Read = r => r.Music.None ? None : r.Music.File ?? Random,
            Write = (r, v) => (string?)v switch
            {
                None => r with { Music = r.Music with { None = true, File = null } },
                Random or null => r with { Music = r.Music with { None = false, File = null } },
                var file => r with { Music = r.Music with { None = false, File = file } },
            },
        },
        new()
        {
            Key = "music_volume", Kind = SettingKind.Number, Stage = StageName.Compose, Cli = "--music-volume", Rest = "bgm_volume",
            Help = "Music level before ducking under the voice, 0 = silent, 1 = full scale.", Minimum = 0, Maximum = 1, Default = 0.2,
            Read = r => r.Music.Volume, Write = (r, v) => r with { Music = r.Music with { Volume = (double)v! } },
        },
    ];
}
