using System.Globalization;

namespace Reelforge.Core.Requests.Specification;

/// <summary>
/// One setting of a video request, declared once: its type, range, default, allowed values, help, the stage it
/// affects, how each face spells it, and how it is read from and written into a <see cref="VideoRequest"/>.
/// </summary>
public sealed record RequestSetting
{
    /// <summary>The canonical name (snake_case); also the MCP argument and the studio control's key.</summary>
    public required string Key { get; init; }

    public required SettingKind Kind { get; init; }

    public required string Help { get; init; }

    public required StageName Stage { get; init; }

    /// <summary>The CLI option, for example <c>--music-volume</c>.</summary>
    public required string Cli { get; init; }

    /// <summary>The REST field (MoneyPrinterTurbo's spelling where it has one).</summary>
    public required string Rest { get; init; }

    /// <summary>Other REST fields that mean this setting (older MoneyPrinterTurbo spellings).</summary>
    public IReadOnlyList<string> RestAliases { get; init; } = [];

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    /// <summary>The default (double, int, bool or string); null when it is decided per request (detected, or every source).</summary>
    public object? Default { get; init; }

    /// <summary>What the default means when <see cref="Default"/> is null.</summary>
    public string? DefaultMeaning { get; init; }

    /// <summary>The allowed words of a <see cref="SettingKind.Choice"/> or <see cref="SettingKind.List"/>; a list's come from the host when null.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>Longest text, for <see cref="SettingKind.Text"/>.</summary>
    public int MaxLength { get; init; } = 200;

    /// <summary>Whole numbers that must be even (pixel sizes).</summary>
    public bool Even { get; init; }

    /// <summary>A rule of its own for text values: the broken rule (without the field name), or null when the value is fine.</summary>
    public Func<string, RequestContext, string?>? TextRule { get; init; }

    public required Func<VideoRequest, object?> Read { get; init; }

    public required Func<VideoRequest, object?, VideoRequest> Write { get; init; }

    /// <summary>The name a face uses.</summary>
    public string NameOn(RequestFace face) => face switch
    {
        RequestFace.Cli => Cli,
        RequestFace.Rest => Rest,
        _ => Key,
    };

    /// <summary>The allowed words for this request's host.</summary>
    public IReadOnlyList<string> ChoicesFor(RequestContext context) =>
        Choices ?? (Kind == SettingKind.List ? context?.FootageSources ?? [] : []);

    /// <summary>The default as text (for help and tables).</summary>
    public string DefaultText => Default switch
    {
        null => DefaultMeaning ?? "none",
        bool flag => flag ? "true" : "false",
        double number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "",
    };

    /// <summary>Help, range or choices and the default, as a help line.</summary>
    public string Describe()
    {
        var rule = Kind switch
        {
            SettingKind.Number or SettingKind.WholeNumber => string.Create(CultureInfo.InvariantCulture, $" {Minimum} to {Maximum}{(Even ? ", even" : "")}."),
            SettingKind.Choice or SettingKind.List when Choices is not null => $" One of: {string.Join(", ", Choices)}.",
            _ => "",
        };
        return $"{Help}{rule} Default: {DefaultText}.";
    }
}
