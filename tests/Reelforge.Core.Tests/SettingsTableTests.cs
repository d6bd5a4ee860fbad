using Reelforge.Core.Requests;
using Reelforge.Core.Requests.Specification;

namespace Reelforge.Core.Tests;

public sealed class SettingsTableTests
{
    [Fact]
    public void Readme_HoldsTheSettingsTableMadeFromTheSpecification()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var table = SettingsTable.Markdown().ReplaceLineEndings("\n");
        if (!readme.Contains(table, StringComparison.Ordinal))
        {
            // The table to paste, for whoever changed a setting.
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "settings-table.md"), table);
        }

        Assert.Contains(table, readme, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordDefaults_AreTheSpecificationsDefaults()
    {
        var request = new VideoRequest();

        foreach (var setting in VideoRequestSpecification.Settings.Where(s => s.Default is not null && s.Key != "music"))
        {
            Assert.Equal(Convert.ToString(setting.Default, System.Globalization.CultureInfo.InvariantCulture), Convert.ToString(setting.Read(request), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Builder_CollectsEveryErrorAtOnce_UnderTheFacesNames()
    {
        var input = new RequestInput(RequestFace.Cli) { Scenes = [new SceneSpec("Hello.")] }
            .Set("fps", "99").Set("aspect", "3:2").Set("text_color", "red-ish");

        var e = Assert.Throws<RequestValidationException>(() => RequestBuilder.Build(input, new RequestContext(), NoRequestResources.Instance));

        Assert.Equal(["--aspect", "--fps", "--text-color"], e.Errors.Select(x => x.Field).Order());
        Assert.Contains("--fps must be between 10 and 60, not 99.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_ClipMinFollowsAShorterMaximumDown_OnlyWhenNotGiven()
    {
        var context = new RequestContext();
        var alone = RequestBuilder.Build(new RequestInput(RequestFace.Rest) { Scenes = [new SceneSpec("Hi.")] }.Set("clip_max", 2), context, NoRequestResources.Instance);
        Assert.Equal(2, alone.Footage.ClipMinSeconds);

        var both = new RequestInput(RequestFace.Rest) { Scenes = [new SceneSpec("Hi.")] }.Set("clip_max", 2).Set("clip_min", 3);
        var e = Assert.Throws<RequestValidationException>(() => RequestBuilder.Build(both, context, NoRequestResources.Instance));
        Assert.Equal("clip_max", e.Errors.Single().Field);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reelforge.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Reelforge.slnx not found above " + AppContext.BaseDirectory);
    }
}
