using Microsoft.Extensions.Options;
using Reelforge.Media;
using Reelforge.Pipeline.Generation;
using Reelforge.Providers.Speech;

namespace Reelforge.Cli.Commands;

/// <summary>Turns failures into one clear sentence on stderr and an exit code; a stack trace only with REELFORGE_DEBUG=1.</summary>
internal static class CliErrors
{
    public const int BadInput = 2;
    public const int Failed = 1;
    public const int Cancelled = 130;

    public static async Task<int> HandleAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is InvalidRequestException or VoiceNotFoundException)
        {
            return Fail(BadInput, e.Message, e);
        }
        catch (OptionsValidationException e)
        {
            return Fail(BadInput, $"The settings are invalid: {string.Join(" ", e.Failures)}", e);
        }
        catch (OperationCanceledException e)
        {
            return Fail(Cancelled, "Cancelled; no output was written.", e);
        }
        catch (FfmpegException e)
        {
            return Fail(Failed, $"ffmpeg failed: {e.Message}", e);
        }
        catch (ToolNotFoundException e)
        {
            return Fail(Failed, e.Message, e);
        }
        catch (Exception e) when (e is Providers.Llm.LlmUnavailableException or Providers.Llm.LlmHttpException)
        {
            return Fail(Failed, $"The LLM could not write the script: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or SpeechSynthesisException
            or HttpRequestException or TimeoutException)
        {
            return Fail(Failed, e.Message, e);
        }
    }

    private static int Fail(int code, string message, Exception e)
    {
        Console.Error.WriteLine($"reelforge: {message}");
        if (Environment.GetEnvironmentVariable("REELFORGE_DEBUG") == "1")
        {
            Console.Error.WriteLine(e);
        }

        return code;
    }
}
