using System.Text.Json;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Tests.Contracts;

public sealed class ScriptAndTermsParamsTests
{
    [Fact]
    public void ScriptParams_MptExample_IsValid()
    {
        var body = JsonSerializer.Deserialize<ScriptParams>("""{"video_subject": "春天的花海", "video_language": "", "paragraph_number": 1}""", ApiJson.Options)!;

        Assert.Equal("春天的花海", body.Validate());
    }

    [Theory]
    [InlineData("""{"video_language": "en"}""", "video_subject")]
    [InlineData("""{"video_subject": "x", "paragraph_number": 0}""", "paragraph_number")]
    [InlineData("""{"video_subject": "x", "paragraph_number": 31}""", "paragraph_number")]
    [InlineData("""{"video_subject": "x", "video_language": "??"}""", "video_language")]
    public void ScriptParams_BadField_IsNamed(string json, string field)
    {
        var body = JsonSerializer.Deserialize<ScriptParams>(json, ApiJson.Options)!;

        Assert.Equal(field, Assert.Throws<ApiValidationException>(() => body.Validate()).Field);
    }

    [Fact]
    public void TermsParams_MptExample_IsValidWithDefaultAmount()
    {
        var body = JsonSerializer.Deserialize<TermsParams>("""{"video_subject": "春天的花海", "video_script": "春天的花海，如诗如画。", "extra": 1}""", ApiJson.Options)!;

        body.Validate();
        Assert.Equal(5, body.Amount);
    }

    [Theory]
    [InlineData("""{"amount": 3}""", "video_subject")]
    [InlineData("""{"video_subject": "x", "amount": 0}""", "amount")]
    [InlineData("""{"video_script": "x", "amount": 21}""", "amount")]
    public void TermsParams_BadField_IsNamed(string json, string field)
    {
        var body = JsonSerializer.Deserialize<TermsParams>(json, ApiJson.Options)!;

        Assert.Equal(field, Assert.Throws<ApiValidationException>(() => body.Validate()).Field);
    }
}
