using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Reelforge.Jobs.Production;
using Reelforge.Pipeline.Generation;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Api;

/// <summary><c>POST /api/v1/scripts</c> and <c>/terms</c>: the configured LLM, or offline keywords for terms.</summary>
public static class WritingEndpoints
{
    public static RouteGroupBuilder MapWritingEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/scripts", ScriptAsync).WithName("GenerateScript").WithSummary("Write a narration script for a subject (needs an LLM configured).").Accepts<ScriptParams>("application/json");
        api.MapPost("/terms", TermsAsync).WithName("GenerateTerms").WithSummary("Footage search terms for a subject or script.").Accepts<TermsParams>("application/json");
        return api;
    }

    private static async Task<Results<Ok<ApiEnvelope<ScriptView>>, BadRequest<ApiErrorEnvelope>, UnprocessableEntity<ApiErrorEnvelope>, ApiError<Status415UnsupportedMediaType>>> ScriptAsync(
        HttpContext http, ScriptDesk desk, CancellationToken cancellationToken)
    {
        var body = await VideoEndpoints.ReadAsync<ScriptParams>(http.Request, cancellationToken);
        if (body.NotJson is { } notJson)
        {
            return notJson;
        }

        if (body.Malformed is { } malformed)
        {
            return malformed;
        }

        try
        {
            var subject = body.Value!.Validate();
            if (!desk.LlmConfigured)
            {
                return ApiResults.BadRequest("No LLM is configured: set Llm:Provider (and its key) to write scripts, or send your own video_script.");
            }

            var language = string.IsNullOrWhiteSpace(body.Value.VideoLanguage) ? null : body.Value.VideoLanguage;
            return ApiResults.Ok(new ScriptView(await desk.WriteScriptAsync(subject, language, body.Value.ParagraphNumber ?? 1, cancellationToken)));
        }
        catch (ApiValidationException e)
        {
            return ApiResults.Invalid(e);
        }
        catch (InvalidRequestException e)
        {
            return ApiResults.Invalid(e);
        }
    }

    private static async Task<Results<Ok<ApiEnvelope<TermsView>>, BadRequest<ApiErrorEnvelope>, UnprocessableEntity<ApiErrorEnvelope>, ApiError<Status415UnsupportedMediaType>>> TermsAsync(
        HttpContext http, ScriptDesk desk, CancellationToken cancellationToken)
    {
        var body = await VideoEndpoints.ReadAsync<TermsParams>(http.Request, cancellationToken);
        if (body.NotJson is { } notJson)
        {
            return notJson;
        }

        if (body.Malformed is { } malformed)
        {
            return malformed;
        }

        try
        {
            var terms = body.Value!;
            terms.Validate();
            var text = string.IsNullOrWhiteSpace(terms.VideoScript) ? terms.VideoSubject! : terms.VideoScript;
            return ApiResults.Ok(new TermsView(await desk.SuggestTermsAsync(text, terms.Amount ?? 5, cancellationToken)));
        }
        catch (ApiValidationException e)
        {
            return ApiResults.Invalid(e);
        }
        catch (InvalidRequestException e)
        {
            return ApiResults.Invalid(e);
        }
    }
}
