using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Reelforge.Core.Requests.Specification;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// The OpenAPI schema of <see cref="VideoParams"/> completed from the request specification: each setting's field gets
/// its description, minimum, maximum, default and enum, so the document agrees with the rules by construction.
/// </summary>
internal static class VideoParamsSchema
{
    /// <summary>REST spellings of choices beyond the specification's words (MoneyPrinterTurbo's).</summary>
    private static readonly Dictionary<string, string[]> RestChoices = new(StringComparer.Ordinal)
    {
        ["video_source"] = ["local"],
        ["video_transition_mode"] = ["None", "Shuffle", "FadeIn", "FadeOut", "SlideIn", "SlideOut", "Mask"],
    };

    public static Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (context.JsonTypeInfo.Type != typeof(VideoParams) || schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        foreach (var (name, property) in schema.Properties)
        {
            if (property is not OpenApiSchema field || VideoRequestSpecification.ForName(RequestFace.Rest, name) is not { } setting)
            {
                continue;
            }

            var spec = SettingJsonSchema.For(setting);
            field.Description = setting.Describe();
            if (spec["minimum"] is JsonValue minimum)
            {
                field.Minimum = minimum.GetValue<double>().ToString(CultureInfo.InvariantCulture);
            }

            if (spec["maximum"] is JsonValue maximum)
            {
                field.Maximum = maximum.GetValue<double>().ToString(CultureInfo.InvariantCulture);
            }

            if (spec["default"] is JsonNode fallback)
            {
                field.Default = fallback.DeepClone();
            }

            var words = setting.Kind is SettingKind.Choice or SettingKind.List ? setting.Choices ?? FootageSources() : null;
            if (words is not null)
            {
                field.Enum = [.. words.Concat(RestChoices.GetValueOrDefault(name, [])).Select(w => (JsonNode)JsonValue.Create(w)!)];
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The footage sources a REST request may name.</summary>
    private static IReadOnlyList<string> FootageSources() =>
        [.. new VideoParamsMapperOptions().StockSources.Order(StringComparer.Ordinal), FootageSourceNames.Uploads];
}
