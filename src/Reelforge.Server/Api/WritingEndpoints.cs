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

    private static async Task<IResult> ScriptAsync(HttpContext http, ScriptAssistant assistant, CancellationToken cancellationToken)
    {
        var (body, error) = await VideoEndpoints.ReadAsync<ScriptParams>(http.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        return await VideoEndpoints.GuardAsync(async () =>
        {
            var subject = body!.Validate();
            var language = string.IsNullOrWhiteSpace(body.VideoLanguage) ? null : body.VideoLanguage;
            var script = await assistant.WriteScriptAsync(subject, language, body.ParagraphNumber, cancellationToken);
            return script is null
                ? ApiResults.Error(400, "No LLM is configured: set Llm:Provider (and its key) to write scripts, or send your own video_script.")
                : ApiResults.Ok(new ScriptView(script));
        });
    }

    private static async Task<IResult> TermsAsync(HttpContext http, ScriptAssistant assistant, CancellationToken cancellationToken)
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
            var suggested = await assistant.SuggestTermsAsync([text], cancellationToken);
            var terms = suggested.SelectMany(s => s).Distinct(StringComparer.OrdinalIgnoreCase).Take(body.Amount ?? 5).ToList();
            return ApiResults.Ok(new TermsView(terms));
        });
    }
}
