using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reelforge.Core.Audio;

namespace Reelforge.TestSupport;

/// <summary>
/// OpenAI's <c>POST /v1/audio/speech</c> and ElevenLabs' <c>POST /v1/text-to-speech/{voice_id}/with-timestamps</c> and
/// <c>GET /v1/voices</c> on loopback, speaking their real wire formats: Bearer and <c>xi-api-key</c> keys (a wrong one
/// gets the service's own 401 body), WAV (streamed, sizes 0xFFFFFFFF, as OpenAI sends it) or raw PCM, base64 audio with
/// per-character timings. The default voice is synthetic: 0.1 s of silence, then every character 60 ms (a tone for
/// letters, silence for spaces), then 0.1 s of silence, so the time of every character is known exactly.
/// </summary>
public sealed class FakeSpeechApis : IAsyncDisposable
{
    public const double LeadSeconds = 0.1;
    public const double CharacterSeconds = 0.06;

    public const string ElevenLabsVoiceId = "21m00Tcm4TlvDq8ikWAM";

    public FakeSpeechApis() => Server = new LoopbackServer(Handle);

    public LoopbackServer Server { get; }

    public Uri BaseUrl => Server.BaseUrl;

    public string OpenAiKey { get; set; } = "sk-test-openai-speech-key-1234";

    public string ElevenLabsKey { get; set; } = "xi-test-elevenlabs-key-5678";

    /// <summary>Statuses the next requests answer with (429 with Retry-After 0, 5xx), one each, before answering normally.</summary>
    public ConcurrentQueue<int> Failures { get; } = new();

    /// <summary>Replaces the synthetic voice for OpenAI: the text in, a whole WAV file out (flite's, say).</summary>
    public Func<string, byte[]>? OpenAiWav { get; set; }

    public IReadOnlyList<LoopbackRequest> Requests => Server.Requests;

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    /// <summary>How long the synthetic voice speaks <paramref name="text"/>, silences included.</summary>
    public static double SyntheticSeconds(string text) => (2 * LeadSeconds) + (text.Length * CharacterSeconds);

    /// <summary>The synthetic voice's start time of each character of <paramref name="text"/>.</summary>
    public static double CharacterStart(int index) => LeadSeconds + (index * CharacterSeconds);

    public static short[] Synthesize(string text, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var samples = new short[(int)Math.Round(SyntheticSeconds(text) * sampleRate)];
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            var start = (int)Math.Round(CharacterStart(i) * sampleRate);
            var end = Math.Min(samples.Length, (int)Math.Round(CharacterStart(i + 1) * sampleRate));
            for (var s = start; s < end; s++)
            {
                samples[s] = (short)(8000 * Math.Sin(2 * Math.PI * 220 * s / sampleRate));
            }
        }

        return samples;
    }

    private LoopbackResponse Handle(LoopbackRequest request)
    {
        if (request.Path == "/v1/audio/speech" && request.Method == "POST")
        {
            return OpenAiSpeech(request);
        }

        if (request.Path == "/v1/voices" && request.Method == "GET")
        {
            return ElevenLabsRefusal(request) ?? Failure() ?? LoopbackResponse.Json(VoicesJson);
        }

        if (request.Path.StartsWith("/v1/text-to-speech/", StringComparison.Ordinal) && request.Path.EndsWith("/with-timestamps", StringComparison.Ordinal)
            && request.Method == "POST")
        {
            return ElevenLabsSpeech(request);
        }

        return LoopbackResponse.Json("""{"detail":"Not Found"}""", 404);
    }

    private LoopbackResponse OpenAiSpeech(LoopbackRequest request)
    {
        if (!request.Headers.TryGetValue("Authorization", out var auth) || auth != "Bearer " + OpenAiKey)
        {
            return LoopbackResponse.Json("""
                {"error":{"message":"Incorrect API key provided: sk-wro***-key. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}
                """, 401);
        }

        if (Failure() is { } failure)
        {
            return failure;
        }

        var body = JsonNode.Parse(request.Body)!;
        var input = (string?)body["input"];
        if (string.IsNullOrEmpty(input) || string.IsNullOrEmpty((string?)body["model"]) || string.IsNullOrEmpty((string?)body["voice"]))
        {
            return LoopbackResponse.Json("""{"error":{"message":"Missing required parameter.","type":"invalid_request_error","param":null,"code":null}}""", 400);
        }

        var format = (string?)body["response_format"] ?? "mp3";
        return format switch
        {
            "wav" => new LoopbackResponse(200, "audio/wav", OpenAiWav?.Invoke(input) ?? StreamedWav(Synthesize(input, 24000), 24000)),
            "pcm" => new LoopbackResponse(200, "audio/pcm", Pcm(Synthesize(input, 24000))),
            _ => LoopbackResponse.Json("""{"error":{"message":"This fake speaks wav and pcm only.","type":"invalid_request_error"}}""", 400),
        };
    }

    private LoopbackResponse ElevenLabsSpeech(LoopbackRequest request)
    {
        if (ElevenLabsRefusal(request) is { } refused)
        {
            return refused;
        }

        if (Failure() is { } failure)
        {
            return failure;
        }

        var voice = request.Path["/v1/text-to-speech/".Length..^"/with-timestamps".Length];
        if (voice != ElevenLabsVoiceId)
        {
            return LoopbackResponse.Json($$$"""{"detail":{"status":"voice_not_found","message":"A voice with voice_id {{{voice}}} does not exist."}}""", 404);
        }

        var format = System.Web.HttpUtility.ParseQueryString(request.Query)["output_format"] ?? "mp3_44100_128";
        if (!format.StartsWith("pcm_", StringComparison.Ordinal) || !int.TryParse(format[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var rate))
        {
            return LoopbackResponse.Json("""{"detail":{"status":"invalid_output_format","message":"This fake speaks pcm only."}}""", 400);
        }

        var text = (string?)JsonNode.Parse(request.Body)!["text"] ?? string.Empty;
        var characters = text.Select(c => c.ToString()).ToArray();
        var starts = Enumerable.Range(0, text.Length).Select(CharacterStart).ToArray();
        var ends = Enumerable.Range(1, text.Length).Select(CharacterStart).ToArray();
        var alignment = new { characters, character_start_times_seconds = starts, character_end_times_seconds = ends };
        return LoopbackResponse.Json(JsonSerializer.Serialize(new
        {
            audio_base64 = Convert.ToBase64String(Pcm(Synthesize(text, rate))),
            alignment,
            normalized_alignment = alignment,
        }));
    }

    private LoopbackResponse? ElevenLabsRefusal(LoopbackRequest request) =>
        request.Headers.TryGetValue("xi-api-key", out var key) && key == ElevenLabsKey
            ? null
            : LoopbackResponse.Json("""{"detail":{"status":"invalid_api_key","message":"Invalid API key"}}""", 401);

    private LoopbackResponse? Failure()
    {
        if (!Failures.TryDequeue(out var status))
        {
            return null;
        }

        return status == 429
            ? LoopbackResponse.Json("""{"error":{"message":"Rate limit reached for requests","type":"requests","code":"rate_limit_exceeded"}}""", 429)
                with { Headers = new Dictionary<string, string> { ["Retry-After"] = "0" } }
            : LoopbackResponse.Json("""{"error":{"message":"The server had an error while processing your request.","type":"server_error"}}""", status);
    }

    private static byte[] Pcm(short[] samples)
    {
        var bytes = new byte[samples.Length * 2];
        for (var i = 0; i < samples.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), samples[i]);
        }

        return bytes;
    }

    /// <summary>A WAV as a streaming server writes it: RIFF and data sizes unknown (0xFFFFFFFF).</summary>
    private static byte[] StreamedWav(short[] samples, int sampleRate)
    {
        var wav = WavFile.Encode(new PcmAudio(samples, sampleRate));
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(4), uint.MaxValue);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(40), uint.MaxValue);
        return wav;
    }

    private const string VoicesJson = """
        {"voices":[
          {"voice_id":"21m00Tcm4TlvDq8ikWAM","name":"Rachel","category":"premade",
           "labels":{"accent":"american","description":"calm","age":"young","gender":"female","use_case":"narration"},
           "verified_languages":[{"language":"en","model_id":"eleven_multilingual_v2","accent":"american"}],
           "preview_url":"https://storage.googleapis.com/eleven-public-prod/premade/voices/21m00Tcm4TlvDq8ikWAM/preview.mp3"},
          {"voice_id":"pNInz6obpgDQGcFmaJgB","name":"Adam","category":"premade",
           "labels":{"accent":"american","age":"middle aged","gender":"male","use_case":"narration"},
           "verified_languages":[{"language":"en"},{"language":"es"}]}
        ],"has_more":false}
        """;
}
