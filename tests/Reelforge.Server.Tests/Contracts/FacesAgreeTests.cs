using System.CommandLine;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Server;
using Reelforge.Cli.Commands;
using Reelforge.Core.Requests.Specification;
using Reelforge.Pipeline.Generation;
using Reelforge.Server.Api.Contracts;
using Reelforge.Server.Mcp;
using Reelforge.Server.Studio.Settings;
using Reelforge.Server.Tests.Support;

namespace Reelforge.Server.Tests.Contracts;

/// <summary>
/// Every setting of the request specification, on every face: the CLI option, the OpenAPI schema, the MCP input
/// schema and the studio control expose its range, default and allowed values, and the same bad value is refused by
/// all four with the same rule. A setting a face misses fails here.
/// </summary>
public sealed class FacesAgreeTests : IClassFixture<FacesAgreeTests.Documents>, IDisposable
{
    private readonly ServerMediaFixture _server = new();
    private readonly Documents _documents;

    public FacesAgreeTests(Documents documents) => _documents = documents;

    public void Dispose() => _server.Dispose();

    public static TheoryData<string> Keys => [.. VideoRequestSpecification.Settings.Select(s => s.Key)];

    /// <summary>The OpenAPI document and the MCP tool, read once from a real in-process server.</summary>
    public sealed class Documents : IAsyncLifetime
    {
        public JsonElement OpenApiVideoParams { get; private set; }

        public JsonElement McpInputSchema { get; private set; }

        public async Task InitializeAsync()
        {
            await using var factory = new ReelforgeApiFactory(runWorker: false);
            using var client = factory.CreateClient();
            var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
            OpenApiVideoParams = document.GetProperty("components").GetProperty("schemas").GetProperty("VideoParams").GetProperty("properties").Clone();
            var tool = factory.Services.GetServices<McpServerTool>().Single(t => t.ProtocolTool.Name == VideoTools.Name);
            McpInputSchema = tool.ProtocolTool.InputSchema.GetProperty("properties").Clone();
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Cli_HasTheOptionWithItsRangeDefaultAndChoicesInTheHelp(string key)
    {
        var setting = VideoRequestSpecification.Get(key);
        var option = new GenerateOptions().Settings[key];

        Assert.Equal(setting.Cli, option.Name);
        Assert.Equal(setting.Describe(), option.Description);
        Assert.Contains("Default: " + setting.DefaultText, option.Description, StringComparison.Ordinal);
        if (setting.Minimum is { } min)
        {
            Assert.Contains(min.ToString(CultureInfo.InvariantCulture) + " to ", option.Description, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void OpenApi_And_Mcp_HaveTheSameRangeDefaultAndEnum(string key)
    {
        var setting = VideoRequestSpecification.Get(key);
        var expected = SettingJsonSchema.For(setting);
        Assert.True(_documents.OpenApiVideoParams.TryGetProperty(setting.Rest, out var rest), $"OpenAPI VideoParams lacks {setting.Rest}");
        Assert.True(_documents.McpInputSchema.TryGetProperty(setting.Key, out var mcp), $"create_video lacks the argument {setting.Key}");
        foreach (var (face, schema) in new[] { ("REST", rest), ("MCP", mcp) })
        {
            foreach (var bound in new[] { "minimum", "maximum" })
            {
                Assert.Equal(expected[bound]?.GetValue<double>(), schema.TryGetProperty(bound, out var value) ? value.GetDouble() : null);
            }

            Assert.Equal(expected["default"]?.ToJsonString(), schema.TryGetProperty("default", out var fallback) ? fallback.GetRawText() : null);
            var words = setting.Kind == SettingKind.List ? null : setting.Choices;
            if (words is not null)
            {
                var listed = schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
                Assert.All(words, w => Assert.Contains(w, listed));
            }

            _ = face;
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Studio_HasAControlForEverySetting(string key)
    {
        var placed = StudioControls.Placed.TryGetValue(key, out var property);
        var more = StudioControls.More.Any(s => s.Key == key);

        Assert.True(placed ^ more, $"{key} must have exactly one studio control");
        if (placed)
        {
            Assert.NotNull(typeof(VideoForm).GetProperty(property!));
        }
    }

    [Fact]
    public void Studio_FormDefaults_AreTheSpecificationsDefaults()
    {
        var body = VideoFormMapping.ToParams(new VideoForm { Script = "Hello." });
        var fromStudio = _server.Mapper().Map(body);
        var fromRest = _server.Mapper().Map(new VideoParams { VideoScript = "Hello." });

        foreach (var setting in VideoRequestSpecification.Settings.Where(s => s.Key is not ("footage" or "font" or "music")))
        {
            Assert.Equal(Show(setting.Read(fromRest)), Show(setting.Read(fromStudio)));
        }
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void SameBadValue_IsRefusedByEveryFaceWithTheSameRule(string key)
    {
        var setting = VideoRequestSpecification.Get(key);
        if (setting.Kind == SettingKind.Flag)
        {
            return; // on every face a flag is typed as true/false; there is no bad value to send
        }

        var bad = BadValue(setting);
        var context = _server.Mapper().Context;
        var rule = SettingRules.Accept(setting, bad, context, out var expected) is null ? expected : null;
        Assert.NotNull(rule);

        var messages = new Dictionary<RequestFace, string>
        {
            [RequestFace.Cli] = CliRefusal(setting, bad, context),
            [RequestFace.Rest] = RestRefusal(setting, bad),
            [RequestFace.Mcp] = McpRefusal(setting, bad),
            [RequestFace.Studio] = StudioRefusal(setting, bad),
        };
        foreach (var (face, message) in messages)
        {
            var name = face == RequestFace.Studio ? setting.Key : setting.NameOn(face);
            if (setting.Kind == SettingKind.List)
            {
                // The sources a face offers differ (the CLI has no uploads); the rule's shape and the value do not.
                Assert.Contains($"{name} must be ", message, StringComparison.Ordinal);
                Assert.Contains($"not '{bad}'.", message, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains($"{name} {rule}", message, StringComparison.Ordinal);
            }
        }
    }

    private static string BadValue(RequestSetting setting) => setting.Kind switch
    {
        SettingKind.Number or SettingKind.WholeNumber => (setting.Minimum!.Value - 1).ToString(CultureInfo.InvariantCulture),
        SettingKind.Text when setting.TextRule is not null => "!!",
        SettingKind.Text => new string('a', setting.MaxLength + 1),
        _ => "nope",
    };

    private static string CliRefusal(RequestSetting setting, string bad, RequestContext context)
    {
        var options = new GenerateOptions();
        var command = new Command("generate");
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        var parse = command.Parse(["--script", "Hello.", setting.Cli, bad]);
        Assert.Empty(parse.Errors);
        var cliContext = context with { FootageSources = ["pexels", "pixabay", "library"] };
        return Assert.Throws<InvalidRequestException>(() => GenerateRequestBinder.Bind(parse, options, cliContext)).Message;
    }

    private string RestRefusal(RequestSetting setting, string bad)
    {
        var json = new JsonObject { ["video_script"] = "Hello.", [setting.Rest] = Json(setting, bad) };
        if (setting.Key == "music")
        {
            json["bgm_type"] = "custom";
        }

        var body = JsonSerializer.Deserialize<VideoParams>(json.ToJsonString(), ApiJson.Options)!;
        return Assert.Throws<ApiValidationException>(() => _server.Mapper().Map(body)).Message;
    }

    private string McpRefusal(RequestSetting setting, string bad)
    {
        var arguments = new Dictionary<string, JsonElement> { [setting.Key] = JsonSerializer.SerializeToElement(Json(setting, bad)) };
        var schema = JsonSerializer.SerializeToElement(new JsonObject { ["type"] = "object", ["properties"] = JsonNode.Parse(_documents.McpInputSchema.GetRawText()) });
        if (McpArgumentSchema.Check(schema, arguments) is { } problem)
        {
            return problem;
        }

        var e = Assert.Throws<ApiValidationException>(() => _server.Mapper().Map(VideoTools.Body(arguments) with { VideoScript = "Hello." }));
        return VideoTools.MessageOf(e);
    }

    private string StudioRefusal(RequestSetting setting, string bad)
    {
        var form = new VideoForm { Script = "Hello." };
        if (StudioControls.Placed.TryGetValue(setting.Key, out var name))
        {
            var property = typeof(VideoForm).GetProperty(name)!;
            property.SetValue(form, property.PropertyType == typeof(string) ? bad : Convert.ChangeType(bad, property.PropertyType, CultureInfo.InvariantCulture));
        }
        else
        {
            form.More[setting.Key] = bad;
        }

        var e = Assert.Throws<ApiValidationException>(() => _server.Mapper().Map(VideoFormMapping.ToParams(form)));
        return VideoTools.MessageOf(e);
    }

    private static JsonNode? Json(RequestSetting setting, string bad) =>
        setting.Kind is SettingKind.Number or SettingKind.WholeNumber ? JsonValue.Create(double.Parse(bad, CultureInfo.InvariantCulture)) : JsonValue.Create(bad);

    private static string? Show(object? value) => value switch
    {
        null => null,
        IEnumerable<string> words => string.Join(",", words),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
