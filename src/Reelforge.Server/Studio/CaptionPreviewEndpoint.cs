using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Reelforge.Core.Requests;
using Reelforge.Core.Requests.Specification;
using Reelforge.Media;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Studio;

/// <summary>
/// <c>GET /studio/caption-preview?aspect=&amp;captions=&amp;position=&amp;font_size=&amp;text_color=&amp;highlight_color=&amp;text=</c>:
/// a PNG frame (360 px on the short side) with the caption burned in as a render would, for the Create page. The
/// style goes through the API's own mapping, so a value the API would refuse is refused here with the same message
/// (as problem details: the studio's surface).
/// </summary>
public static class CaptionPreviewEndpoint
{
    private const int MaxTextLength = 300;

    public static IEndpointRouteBuilder MapCaptionPreviewEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/studio/caption-preview", PreviewAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> PreviewAsync(
        CaptionPreviews previews,
        CancellationToken cancellationToken,
        string? aspect = null,
        string? captions = null,
        string? position = null,
        int? font_size = null,
        string? text_color = null,
        string? highlight_color = null,
        string? text = null)
    {
        if (!AspectRatio.TryParse(string.IsNullOrWhiteSpace(aspect) ? "9:16" : aspect, out var ratio))
        {
            return TypedResults.Problem($"aspect must be 9:16, 16:9, 1:1 or 4:5, not '{aspect}'.", statusCode: StatusCodes.Status400BadRequest);
        }

        var shown = string.IsNullOrWhiteSpace(text) ? "Volcanoes are openings in the crust." : text.Trim();
        if (shown.Length > MaxTextLength)
        {
            shown = shown[..MaxTextLength];
        }

        CaptionStyle style;
        try
        {
            var input = new RequestInput(RequestFace.Studio) { Scenes = [new SceneSpec(shown)] }
                .Set("captions", captions)
                .Set("caption_position", position)
                .Set("font_size", font_size)
                .Set("text_color", text_color)
                .Set("highlight_color", highlight_color)
                .Set("music", "none");
            style = RequestBuilder.Build(input, new RequestContext(), NoRequestResources.Instance).Captions;
        }
        catch (RequestValidationException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var png = await previews.GetAsync(shown, style, ratio, cancellationToken);
            return TypedResults.PhysicalFile(png, "image/png");
        }
        catch (FfmpegException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status500InternalServerError);
        }
    }
}
