using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Reelforge.Providers.Speech;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Api;

/// <summary><c>GET /api/v1/voices</c>: the installed voices, by language.</summary>
public static class VoiceEndpoints
{
    public static RouteGroupBuilder MapVoiceEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/voices", ListAsync).WithName("ListVoices").WithSummary("Installed voices (ENGINE:VOICE keys) with their languages.");
        return api;
    }

    private static async Task<Ok<ApiEnvelope<VoiceListView>>> ListAsync(SpeechEngineRegistry voices, CancellationToken cancellationToken, string? language = null)
    {
        var listed = await VoiceListing.ListAsync(voices, language, cancellationToken);
        return ApiResults.Ok(new VoiceListView(listed));
    }
}
