using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reelforge.Core.Speech;
using Reelforge.Providers.Speech;
using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Composition;

/// <summary>The host's "speech" client retries transient failures by the named policy Resilience:Speech.</summary>
public sealed class SpeechRetryPolicyTests
{
    [Fact]
    public async Task ServerErrors_AreRetriedByTheSpeechClient_UpToTheEnginesMaxRetries()
    {
        await using var fake = new FakeSpeechApis();
        fake.Failures.Enqueue(503);
        fake.Failures.Enqueue(502);
        using var host = ProductionHost.Build(Settings(fake, maxRetries: 2));
        var engine = host.Services.GetRequiredService<SpeechEngineRegistry>().Engines.OfType<OpenAiSpeechEngine>().Single();

        var clip = await engine.SynthesizeAsync("Volcanoes are openings in the crust.", new SpeechSettings("alloy"), CancellationToken.None);

        Assert.True(clip.Audio.DurationSeconds > 0);
        Assert.Equal(3, fake.Server.Requests.Count(r => r.Path.EndsWith("/audio/speech", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ServerErrors_BeyondTheEnginesMaxRetries_SurfaceAsTransient()
    {
        await using var fake = new FakeSpeechApis();
        fake.Failures.Enqueue(503);
        fake.Failures.Enqueue(503);
        using var host = ProductionHost.Build(Settings(fake, maxRetries: 1));
        var engine = host.Services.GetRequiredService<SpeechEngineRegistry>().Engines.OfType<OpenAiSpeechEngine>().Single();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => engine.SynthesizeAsync("Hello.", new SpeechSettings("alloy"), CancellationToken.None));

        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, fake.Server.Requests.Count(r => r.Path.EndsWith("/audio/speech", StringComparison.Ordinal)));
    }

    [Fact]
    public void BadSpeechPolicy_StopsTheHostAtStart()
    {
        var error = Assert.Throws<OptionsValidationException>(() => ProductionHost.Build(new Dictionary<string, string?> { ["Resilience:Speech:MaxRetries"] = "-1" }).Dispose());

        Assert.Contains("Resilience:Speech:MaxRetries must be between 0 and 20, not -1.", error.Failures);
    }

    private static Dictionary<string, string?> Settings(FakeSpeechApis fake, int maxRetries) => new()
    {
        ["Speech:OpenAI:ApiKey"] = fake.OpenAiKey,
        ["Speech:OpenAI:BaseUrl"] = fake.BaseUrl.ToString(),
        ["Speech:OpenAI:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Resilience:Speech:BaseDelay"] = "00:00:00.010",
    };
}
