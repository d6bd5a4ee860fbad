using Microsoft.Extensions.Options;
using Reelforge.Server.Tests.Support;

namespace Reelforge.Server.Tests.Composition;

/// <summary>A misconfigured server or command stops at start naming the setting, instead of failing each video later.</summary>
public sealed class StartupValidationTests
{
    private static readonly Dictionary<string, string?> BadPexels = new() { ["Footage:Pexels:BaseUrl"] = "ftp://pexels.example/" };

    [Fact]
    public void Command_WithABadPexelsBaseUrl_FailsAtStartNamingTheSetting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => ProductionHost.Build(BadPexels).Dispose());

        Assert.Contains("Footage:Pexels:BaseUrl must be an absolute https URL.", error.Failures);
    }

    [Fact]
    public void Command_WithEveryProblem_ListsThemAll()
    {
        var error = Assert.Throws<OptionsValidationException>(() => ProductionHost.Build(new Dictionary<string, string?>
        {
            ["Footage:Pixabay:BaseUrl"] = "http://pixabay.example/",
            ["Footage:MaxParallelDownloads"] = "0",
        }).Dispose());

        Assert.Contains("Footage:Pixabay:BaseUrl must be an absolute https URL.", error.Failures);
        Assert.Contains("Footage:MaxParallelDownloads must be at least 1.", error.Failures);
    }

    [Fact]
    public void Server_WithABadPexelsBaseUrl_DoesNotStart()
    {
        using var factory = new ReelforgeApiFactory(BadPexels, runWorker: false);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException
            ?? (error as AggregateException)?.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault();
        Assert.NotNull(validation);
        Assert.Contains("Footage:Pexels:BaseUrl must be an absolute https URL.", validation.Failures);
    }

    [Fact]
    public void Server_WithAnUnknownRenderEncoder_DoesNotStartAndNamesTheKeyAndTheChoices()
    {
        using var factory = new ReelforgeApiFactory(new Dictionary<string, string?> { ["Render:Encoder"] = "cuda" }, runWorker: false);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException
            ?? (error as AggregateException)?.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault();
        Assert.NotNull(validation);
        Assert.Contains("Render:Encoder must be auto, libx264, nvenc, qsv or vaapi, not 'cuda'.", validation.Failures);
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("vaapi")]
    public void Command_WithAKnownRenderEncoder_Starts(string encoder) =>
        ProductionHost.Build(new Dictionary<string, string?> { ["Render:Encoder"] = encoder }).Dispose();
}
