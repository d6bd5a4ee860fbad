using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Reelforge.Core.Requests;
using Reelforge.Core.Text;
using Reelforge.Core.Writing;
using Reelforge.Data.Storage;
using Reelforge.Jobs.Production;
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

    private static async Task<IResult> ScriptAsync(HttpContext http, VideoProducer producer, DataLayout layout, CancellationToken cancellationToken)
    {
        var (body, error) = await VideoEndpoints.ReadAsync<ScriptParams>(http.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        return await VideoEndpoints.GuardAsync(async () =>
        {
            var subject = body!.Validate();
            var llm = producer.Llm();
            if (!llm.IsConfigured)
            {
                return ApiResults.Error(400, "No LLM is configured: set Llm:Provider (and its key) to write scripts, or send your own video_script.");
            }

            var writer = producer.CreateScriptWriter(llm, layout.Cache, bypassCache: false);
            var language = string.IsNullOrWhiteSpace(body.VideoLanguage) ? null : body.VideoLanguage;
            var draft = await writer.WriteScriptAsync(new ScriptBrief(subject, language, null, body.ParagraphNumber, null, null, null, null), cancellationToken);
            return ApiResults.Ok(new ScriptView(string.Join("\n\n", draft.Scenes.Select(s => s.Text))));
        });
    }

    private static async Task<IResult> TermsAsync(HttpContext http, VideoProducer producer, DataLayout layout, CancellationToken cancellationToken)
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
            var writer = producer.CreateScriptWriter(producer.Llm(), layout.Cache, bypassCache: false);
            var language = LanguageDetector.Detect(text);
            var suggested = await writer.SuggestTermsAsync([new SceneSpec(text)], language, cancellationToken);
            var terms = suggested.SelectMany(s => s.Terms).Distinct(StringComparer.OrdinalIgnoreCase).Take(body.Amount ?? 5).ToList();
            return ApiResults.Ok(new TermsView(terms));
        });
    }
}
