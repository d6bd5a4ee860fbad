using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Reelforge.Core.Audio;
using Reelforge.Core.Requests;
using Reelforge.Core.Speech;
using Reelforge.Providers.Speech;

namespace Reelforge.Server.Studio;

/// <summary><c>GET /studio/voice-sample?voice=ENGINE:VOICE</c>: one short sentence in that voice, as WAV, for the Create page's play button.</summary>
public static class VoiceSampleEndpoint
{
    public static IEndpointRouteBuilder MapVoiceSampleEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/studio/voice-sample", SampleAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SampleAsync(string? voice, SpeechEngineRegistry voices, CancellationToken cancellationToken)
    {
        if (!VoiceSelection.TryParse(voice, out var selection) || selection is null)
        {
            return TypedResults.Problem("voice must be ENGINE:VOICE, for example flite:slt.", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var resolved = await voices.FindVoiceAsync(selection, cancellationToken);
            // a multilingual (cloud) voice that also speaks English says the English sample
            var languages = resolved.Voice.Languages;
            var chinese = languages.Any(l => l.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || l.StartsWith("cmn", StringComparison.OrdinalIgnoreCase))
                && !languages.Any(l => l.StartsWith("en", StringComparison.OrdinalIgnoreCase));
            var text = chinese ? "你好，这是我的声音。" : "Hello! This is how I sound in your video.";
            var clip = await resolved.Engine.SynthesizeAsync(text, new SpeechSettings(resolved.Voice.Id), cancellationToken);
            return TypedResults.File(WavFile.Encode(clip.Audio), "audio/wav");
        }
        catch (Exception e) when (e is VoiceNotFoundException or SpeechSynthesisException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status404NotFound);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException)
        {
            // a cloud engine that is busy or unreachable
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
