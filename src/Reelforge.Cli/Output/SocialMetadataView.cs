using Reelforge.Core.Writing;
using Spectre.Console;

namespace Reelforge.Cli.Output;

/// <summary>Shows the title, description and hashtags per platform.</summary>
internal static class SocialMetadataView
{
    public static void Write(IReadOnlyList<SocialMetadata> metadata)
    {
        if (metadata.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumns("Platform", "Title", "Description", "Hashtags");
        foreach (var item in metadata)
        {
            table.AddRow(Markup.Escape(item.Platform), Markup.Escape(item.Title), Markup.Escape(item.Description), Markup.Escape(string.Join(' ', item.Hashtags)));
        }

        AnsiConsole.Write(table);
    }
}
