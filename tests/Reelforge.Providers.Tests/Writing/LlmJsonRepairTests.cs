using Reelforge.Providers.Writing;

namespace Reelforge.Providers.Tests.Writing;

public sealed class LlmJsonRepairTests
{
    [Theory]
    [InlineData("{\"a\": [1, 2]}", "{\"a\":[1,2]}")]
    [InlineData("```json\n{\"a\": 1}\n```", "{\"a\":1}")]
    [InlineData("<think>Let me think {not json}</think>\n{\"a\": 1}", "{\"a\":1}")]
    [InlineData("Sure! Here it is: {\"a\": 1} Hope this helps {x}", "{\"a\":1}")]
    [InlineData("{\"a\": [1, 2,], \"b\": 3,}", "{\"a\":[1,2],\"b\":3}")]
    [InlineData("{\"a\": [\"x\", \"y", "{\"a\":[\"x\",\"y\"]}")]
    [InlineData("{\"a\": {\"b\": 1", "{\"a\":{\"b\":1}}")]
    [InlineData("{\"a\": 1, \"b\":", "{\"a\":1,\"b\":null}")]
    [InlineData("[{\"s\": \"a ] } brace in string\"}]", "[{\"s\":\"a ] } brace in string\"}]")]
    public void TryParse_RepairsWhatModelsSay(string raw, string expected) =>
        Assert.Equal(expected, LlmJsonRepair.TryParse(raw)!.ToJsonString());

    [Theory]
    [InlineData("")]
    [InlineData("I cannot help with that.")]
    public void TryParse_NoJson_IsNull(string raw) => Assert.Null(LlmJsonRepair.TryParse(raw));
}
