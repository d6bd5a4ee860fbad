namespace Reelforge.Core.Requests.Specification;

/// <summary>
/// What one face was given, keyed by the specification's setting keys, with the field name the face used for each
/// (so an error names the field the user actually sent), plus the content the face already read.
/// </summary>
public sealed class RequestInput(RequestFace face)
{
    private readonly Dictionary<string, (object? Value, string Field)> _values = new(StringComparer.Ordinal);

    public RequestFace Face => face;

    public string? Topic { get; set; }

    public IReadOnlyList<SceneSpec> Scenes { get; set; } = [];

    /// <summary>Folders of footage the face resolved itself (the CLI's <c>--footage DIR</c>).</summary>
    public IReadOnlyList<string> FootageDirectories { get; set; } = [];

    /// <summary>Errors the face found in its own fields (content, files), reported together with the settings' errors.</summary>
    public List<RequestFieldError> Errors { get; } = [];

    /// <summary>Gives a setting's raw value; <paramref name="field"/> is the face's spelling when not the usual one.</summary>
    public RequestInput Set(string key, object? value, string? field = null)
    {
        var setting = VideoRequestSpecification.Get(key);
        _values[key] = (value, field ?? setting.NameOn(face));
        return this;
    }

    public bool IsSet(string key) => _values.TryGetValue(key, out var entry) && !SettingRules.IsUnset(entry.Value);

    public object? ValueOf(string key) => _values.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>The face's name for a setting: the one it was given under, else the face's usual spelling.</summary>
    public string FieldOf(string key) => _values.TryGetValue(key, out var entry) ? entry.Field : VideoRequestSpecification.Get(key).NameOn(face);
}
