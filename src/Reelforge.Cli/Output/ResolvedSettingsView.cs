using System.Globalization;
using System.Text.Json;
using Reelforge.Core.Requests;
using Reelforge.Core.Requests.Specification;

namespace Reelforge.Cli.Output;

/// <summary><c>generate --dry-run</c>: the request as it would be made, every setting resolved, nothing rendered.</summary>
internal static class ResolvedSettingsView
{
    public static void Write(VideoRequest request, bool json)
    {
        var values = VideoRequestSpecification.Settings.ToDictionary(s => s.Key, s => Show(s.Read(request)));
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                valid = true,
                topic = request.Topic,
                scenes = request.Scenes.Select(s => new { text = s.Text, search_terms = s.SearchTerms, media = s.Media }),
                footage_directories = request.Footage.Directories,
                settings = values,
            }));
            return;
        }

        Console.Out.WriteLine(request.Scenes.Count > 0
            ? string.Create(CultureInfo.InvariantCulture, $"Valid request: {request.Scenes.Count} scene(s), {request.ScriptText.Length} characters of script.")
            : $"Valid request: the script will be written from the topic '{request.Topic}'.");
        var width = VideoRequestSpecification.Settings.Max(s => s.Cli.Length);
        foreach (var setting in VideoRequestSpecification.Settings)
        {
            Console.Out.WriteLine($"  {setting.Cli.PadRight(width)}  {values[setting.Key] ?? "(" + setting.DefaultText + ")"}");
        }

        if (request.Footage.Directories.Count > 0)
        {
            Console.Out.WriteLine($"  footage folders: {string.Join(", ", request.Footage.Directories)}");
        }
    }

    private static string? Show(object? value) => value switch
    {
        null => null,
        double number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IEnumerable<string> words => string.Join(",", words),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };
}
