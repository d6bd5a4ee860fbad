using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
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

    private static async Task<IResult> ScriptAsync(HttpContext http, ScriptDesk desk, CancellationToken cancellationToken)
    {
        var (body, error) = await VideoEndpoints.ReadAsync<ScriptParams>(http.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        return await VideoEndpoints.GuardAsync(async () =>
        {
            var subject = body!.Validate();
            if (!desk.LlmConfigured)
            {
                return ApiResults.Error(400, "No LLM is configured: set Llm:Provider (and its key) to write scripts, or send your own video_script.");
            }

            var language = string.IsNullOrWhiteSpace(body.VideoLanguage) ? null : body.VideoLanguage;
            return ApiResults.Ok(new ScriptView(await desk.WriteScriptAsync(subject, language, body.ParagraphNumber ?? 1, cancellationToken)));
        });
    }

    private static async Task<IResult> TermsAsync(HttpContext http, ScriptDesk desk, CancellationToken cancellationToken)
    {
        var (body, error) = await VideoEndpoints.ReadAsync<TermsParams>(http.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        return await VideoEndpoints.GuardAsync(async () =>
        {
            body!.Validate();
            var text = string.IsNullOrWhiteSpace(body.VideoScript) ? body.VideoSubject! : body.VideoScript;
            return ApiResults.Ok(new TermsView(await desk.SuggestTermsAsync(text, body.Amount ?? 5, cancellationToken)));
        });
    }
}
