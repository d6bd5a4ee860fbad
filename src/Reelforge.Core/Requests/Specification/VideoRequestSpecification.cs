namespace Reelforge.Core.Requests.Specification;

/// <summary>
/// Every setting of a video request, declared once. The CLI options, the REST fields and their OpenAPI schema, the
/// MCP tool's input schema, the studio's controls, the README's table and <c>generate --dry-run</c> are made from
/// this list; <see cref="RequestBuilder"/> checks a face's values against it.
/// </summary>
public static class VideoRequestSpecification
{
    public static IReadOnlyList<RequestSetting> Settings { get; } =
        [.. FormatSettings.All, .. VoiceSettings.All, .. CaptionSettings.All, .. FootageSettings.All, .. MusicSettings.All, .. WritingSettings.All];

    private static readonly Dictionary<string, RequestSetting> ByKey = Settings.ToDictionary(s => s.Key, StringComparer.Ordinal);

    public static RequestSetting Get(string key) =>
        ByKey.TryGetValue(key, out var setting) ? setting : throw new KeyNotFoundException($"No request setting '{key}'.");

    public static bool TryGet(string key, out RequestSetting? setting) => ByKey.TryGetValue(key, out setting);

    /// <summary>The setting a face's field name means (aliases included), or null.</summary>
    public static RequestSetting? ForName(RequestFace face, string name) =>
        Settings.FirstOrDefault(s => string.Equals(s.NameOn(face), name, StringComparison.Ordinal)
            || (face == RequestFace.Rest && s.RestAliases.Contains(name, StringComparer.Ordinal)));

    internal static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    internal static T Parse<T>(object? value)
        where T : struct, Enum => Enum.Parse<T>((string)value!, ignoreCase: true);
}
