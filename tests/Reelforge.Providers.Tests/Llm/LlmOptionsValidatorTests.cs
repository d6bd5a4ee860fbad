using Reelforge.Providers.Llm;

namespace Reelforge.Providers.Tests.Llm;

public sealed class LlmOptionsValidatorTests
{
    [Fact]
    public void Validate_UnknownProvider_NamesTheKnownOnes()
    {
        var errors = LlmOptionsValidator.Validate(new LlmOptions { Provider = "skynet" });

        var error = Assert.Single(errors);
        Assert.Contains("'skynet' is unknown", error);
        foreach (var name in new[] { "openai", "azure", "deepseek", "moonshot", "qwen", "gemini", "openrouter", "groq", "mistral", "ollama", "lmstudio", "vllm", "openai-compatible", "anthropic" })
        {
            Assert.Contains(name, error);
        }
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    [InlineData("deepseek")]
    public void Validate_HostedProviderWithoutKey_AsksForTheKeyByItsEnvironmentName(string provider)
    {
        var errors = LlmOptionsValidator.Validate(new LlmOptions { Provider = provider });

        Assert.Contains(errors, e => e.Contains("ApiKey is required") && e.Contains("Reelforge__Llm__ApiKey"));
    }

    [Fact]
    public void Validate_LocalOllamaWithoutKey_IsValid() =>
        Assert.Empty(LlmOptionsValidator.Validate(new LlmOptions { Provider = "ollama" }));

    [Fact]
    public void Validate_NoProvider_IsValidAndMeansOffline()
    {
        var options = new LlmOptions();

        Assert.Empty(LlmOptionsValidator.Validate(options));
        Assert.False(options.IsConfigured);
    }

    [Fact]
    public void Validate_AzureWithoutResourceOrDeployment_SaysWhatIsMissing()
    {
        var errors = LlmOptionsValidator.Validate(new LlmOptions { Provider = "azure", ApiKey = "k" });

        Assert.Contains(errors, e => e.Contains("BaseUrl is required for azure"));
        Assert.Contains(errors, e => e.Contains("Deployment (or Model) is required for azure"));
    }

    [Fact]
    public void Validate_BadFallback_IsReportedWithItsPath()
    {
        var options = new LlmOptions { Provider = "ollama", Fallbacks = [new LlmEndpointOptions { Provider = "openai-compatible" }] };

        var errors = LlmOptionsValidator.Validate(options);

        Assert.Contains(errors, e => e.StartsWith("Llm:Fallbacks:0:BaseUrl is required"));
        Assert.Contains(errors, e => e.StartsWith("Llm:Fallbacks:0:Model is required"));
    }

    [Fact]
    public void ConfigurationErrorsAndToString_NeverContainTheKey()
    {
        var options = new LlmOptions { Provider = "openai", ApiKey = "sk-very-secret-key", TimeoutSeconds = -1 };

        var ex = Assert.Throws<LlmConfigurationException>(() => LlmOptionsValidator.ThrowIfInvalid(options));
        var endpoint = LlmProviderPresets.Resolve(new LlmEndpointOptions { Provider = "openai", ApiKey = "sk-very-secret-key" });

        Assert.DoesNotContain("sk-very-secret-key", ex.ToString());
        Assert.DoesNotContain("sk-very-secret-key", options.ToString());
        Assert.DoesNotContain("sk-very-secret-key", endpoint.ToString());
    }

    [Theory]
    [InlineData("openai", "https://api.openai.com/v1", "gpt-4o-mini")]
    [InlineData("qwen", "https://dashscope-intl.aliyuncs.com/compatible-mode/v1", "qwen-plus")]
    [InlineData("gemini", "https://generativelanguage.googleapis.com/v1beta/openai", "gemini-2.5-flash")]
    [InlineData("ollama", "http://localhost:11434/v1", "llama3.2")]
    [InlineData("anthropic", "https://api.anthropic.com", "claude-sonnet-4-5")]
    public void Resolve_Preset_GivesBaseUrlAndDefaultModel(string provider, string baseUrl, string model)
    {
        var endpoint = LlmProviderPresets.Resolve(new LlmEndpointOptions { Provider = provider, ApiKey = "k" });

        Assert.Equal(baseUrl, endpoint.BaseUrl.ToString().TrimEnd('/'));
        Assert.Equal(model, endpoint.Model);
    }

    [Fact]
    public void Resolve_Overrides_WinOverThePreset()
    {
        var endpoint = LlmProviderPresets.Resolve(new LlmEndpointOptions { Provider = "OpenAI", ApiKey = "k", Model = "gpt-5", BaseUrl = "http://proxy:8080/v1/" });

        Assert.Equal("openai", endpoint.Provider);
        Assert.Equal("gpt-5", endpoint.Model);
        Assert.Equal("http://proxy:8080/v1", endpoint.BaseUrl.ToString().TrimEnd('/'));
    }
}
