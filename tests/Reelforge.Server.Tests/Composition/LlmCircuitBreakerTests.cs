using Microsoft.Extensions.DependencyInjection;
using Reelforge.Core.Requests;
using Reelforge.Jobs.Production;
using Reelforge.Pipeline.Generation;
using Reelforge.Providers.Llm;
using Reelforge.Server.Tests.Support;
using Reelforge.TestSupport;

namespace Reelforge.Server.Tests.Composition;

/// <summary>The LLM chat client, with its circuit breaker, is shared by every task of a process.</summary>
public sealed class LlmCircuitBreakerTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task LlmKeepsFailing_SecondTaskFailsFastWithTheCircuitOpen_WithoutCallingIt()
    {
        await using var llm = new LoopbackServer(_ => LoopbackResponse.Json("""{"error":{"message":"overloaded","type":"server_error"}}""", 503));
        using var host = ProductionHost.Build(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "openai-compatible",
            ["Llm:BaseUrl"] = new Uri(llm.BaseUrl, "v1").ToString(),
            ["Llm:ApiKey"] = "test-key",
            ["Llm:Model"] = "test-model",
            ["Llm:Resilience:MaxRetries"] = "0",
            ["Llm:Resilience:BreakerFailureThreshold"] = "1",
            ["Llm:Resilience:BreakDuration"] = "00:10:00",
        });

        var first = await Assert.ThrowsAsync<LlmUnavailableException>(() => ProduceAsync(host.Services, "first"));
        var calledByFirst = llm.Requests.Count;
        var second = await Assert.ThrowsAsync<LlmUnavailableException>(() => ProduceAsync(host.Services, "second"));

        Assert.Equal(1, calledByFirst);
        Assert.Contains("503", first.Message, StringComparison.Ordinal);
        Assert.Equal(calledByFirst, llm.Requests.Count);
        Assert.Contains("circuit open", second.Message, StringComparison.Ordinal);
    }

    private Task<GenerationResult> ProduceAsync(IServiceProvider services, string task)
    {
        // Each task resolves the producer itself, as RenderTaskJob does.
        var producer = services.GetRequiredService<VideoProducer>();
        var request = new VideoRequest
        {
            Topic = "Why volcanoes erupt",
            Format = new VideoFormat { ShortSide = 180, Quality = RenderQuality.Draft },
            Voice = new VoiceOptions { NoVoice = true },
            Music = new MusicOptions { None = true },
        };
        var options = new GenerationOptions(_dir.File($"{task}.mp4"), _dir.File($"work-{task}"), _dir.File("cache"));
        return producer.ProduceAsync(request, options, null, CancellationToken.None);
    }
}
