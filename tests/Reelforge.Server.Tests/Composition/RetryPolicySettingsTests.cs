using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reelforge.Jobs;
using Reelforge.Providers.Llm;
using Reelforge.Providers.Resilience;
using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Composition;

/// <summary>Every kind of dependency has a named retry policy read from Resilience:{Kind}, checked at start.</summary>
public sealed class RetryPolicySettingsTests
{
    [Theory]
    [InlineData(DependencyKind.Llm)]
    [InlineData(DependencyKind.Speech)]
    [InlineData(DependencyKind.Stock)]
    [InlineData(DependencyKind.Download)]
    public void EachKind_ReadsItsPolicyFromItsSection(string kind)
    {
        using var host = ProductionHost.Build(Section(kind, maxRetries: 0));

        var policy = host.Services.GetRequiredService<IOptionsMonitor<RetryPolicy>>().Get(kind);

        AssertRead(policy);
    }

    [Fact]
    public void Webhook_ReadsItsPolicyFromItsSection()
    {
        using var temp = new TempDirectory();
        var settings = Section(DependencyKind.Webhook, maxRetries: 0);
        settings["DataDirectory"] = temp.Path;
        using var services = JobsServices(settings);

        AssertRead(services.GetRequiredService<IOptionsMonitor<RetryPolicy>>().Get(DependencyKind.Webhook));
    }

    [Fact]
    public void Defaults_AreTodaysBehaviour_IncludingTheOlderSettings()
    {
        using var host = ProductionHost.Build(new Dictionary<string, string?>
        {
            ["Footage:DownloadAttempts"] = "2",
            ["Footage:RetryBaseDelay"] = "00:00:03",
            ["Footage:RequestTimeout"] = "00:00:40",
            ["Llm:Resilience:MaxRetries"] = "5",
        });
        var policies = host.Services.GetRequiredService<IOptionsMonitor<RetryPolicy>>();

        Assert.Equal(1, policies.Get(DependencyKind.Download).MaxRetries);
        Assert.Equal(2, policies.Get(DependencyKind.Stock).MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(3), policies.Get(DependencyKind.Stock).BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), policies.Get(DependencyKind.Stock).MaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(40), policies.Get(DependencyKind.Download).AttemptTimeout);
        Assert.Equal(5, policies.Get(DependencyKind.Llm).MaxRetries);
        Assert.Equal(3, policies.Get(DependencyKind.Speech).MaxRetries);
    }

    [Fact]
    public void Llm_NewSectionWinsOverTheOlderOne_AndReachesTheChatClientsSettings()
    {
        using var host = ProductionHost.Build(new Dictionary<string, string?>
        {
            ["Llm:Resilience:MaxRetries"] = "5",
            ["Llm:Resilience:BaseDelay"] = "00:00:02",
            ["Resilience:Llm:MaxRetries"] = "0",
        });

        var llm = host.Services.GetRequiredService<IOptionsMonitor<LlmOptions>>().CurrentValue.Resilience;

        Assert.Equal(0, llm.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(2), llm.BaseDelay);
        Assert.Equal(0, host.Services.GetRequiredService<IOptionsMonitor<RetryPolicy>>().Get(DependencyKind.Llm).MaxRetries);
    }

    [Theory]
    [InlineData(DependencyKind.Llm, "MaxRetries", "-1", "Resilience:Llm:MaxRetries must be between 0 and 20, not -1.")]
    [InlineData(DependencyKind.Stock, "MaxRetries", "21", "Resilience:Stock:MaxRetries must be between 0 and 20, not 21.")]
    [InlineData(DependencyKind.Download, "AttemptTimeout", "00:00:00", "Resilience:Download:AttemptTimeout must be positive, not 00:00:00.")]
    [InlineData(DependencyKind.Speech, "MaxRetries", "-1", "Resilience:Speech:MaxRetries must be between 0 and 20, not -1.")]
    public void BadSetting_StopsTheHostAtStart_NamingIt(string kind, string setting, string value, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => ProductionHost.Build(new Dictionary<string, string?> { [$"Resilience:{kind}:{setting}"] = value }).Dispose());

        Assert.Contains(message, error.Failures);
    }

    [Fact]
    public void OneOlderSettingFeedingTwoPolicies_IsReportedAsOneListOfProblems()
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => ProductionHost.Build(new Dictionary<string, string?> { ["Footage:RetryBaseDelay"] = "-00:00:01" }).Dispose());

        Assert.Contains(error.Failures, f => f.StartsWith("Resilience:Stock:BaseDelay", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Resilience:Download:BaseDelay", StringComparison.Ordinal));
    }

    [Fact]
    public void BadWebhookSetting_FailsValidationNamingIt()
    {
        using var temp = new TempDirectory();
        using var services = JobsServices(new Dictionary<string, string?>
        {
            ["DataDirectory"] = temp.Path,
            ["Resilience:Webhook:MaxDelay"] = "00:00:00.001",
            ["Resilience:Webhook:BaseDelay"] = "00:00:01",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptionsMonitor<RetryPolicy>>().Get(DependencyKind.Webhook));

        Assert.Contains(error.Failures, f => f.StartsWith("Resilience:Webhook:BaseDelay", StringComparison.Ordinal));
    }

    private static Dictionary<string, string?> Section(string kind, int maxRetries) => new()
    {
        [$"Resilience:{kind}:MaxRetries"] = maxRetries.ToString(CultureInfo.InvariantCulture),
        [$"Resilience:{kind}:BaseDelay"] = "00:00:00.250",
        [$"Resilience:{kind}:MaxDelay"] = "00:00:07",
        [$"Resilience:{kind}:AttemptTimeout"] = "00:00:09",
    };

    private static void AssertRead(RetryPolicy policy)
    {
        Assert.Equal(0, policy.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(250), policy.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(7), policy.MaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(9), policy.AttemptTimeout);
    }

    private static ServiceProvider JobsServices(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReelforgeJobs(configuration, runWorker: false);
        return services.BuildServiceProvider();
    }
}
