using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reelforge.Core.Audio;
using Reelforge.Core.Narration;
using Reelforge.Core.Requests;
using Reelforge.Core.Speech;
using Reelforge.Core.Text;

namespace Reelforge.Pipeline.Narration;

/// <summary>
/// The speech of the Narrate stage (<see cref="NarrateStage"/>): one TTS call per sentence (so every sentence's span on the track is exact), each clip
/// trimmed of the engine's leading and trailing silence, joined with deliberate sentence and scene pauses
/// into one mono WAV. Word timings come from the engine's events when it has them, else from a
/// syllable-weighted split of the sentence span. Clips are cached by content, so a rerun speaks nothing.
/// </summary>
public sealed class NarrationBuilder
{
    public const string AudioFileName = "narration.wav";

    private readonly SpeechCache _cache;
    private readonly ILogger _logger;

    public NarrationBuilder(string cacheDirectory, ILogger<NarrationBuilder>? logger = null)
    {
        _cache = new SpeechCache(cacheDirectory);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public async Task<NarrationResult> BuildAsync(NarrationRequest request, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = request.Options;
        var sentences = Plan(request.Scenes);
        var language = options.Language ?? LanguageDetector.Detect(string.Join('\n', request.Scenes.Select(s => s.Text)));
        progress?.Report(0);

        if (options.NoVoice)
        {
            var paced = PaceByReading(sentences, options, language);
            progress?.Report(1);
            return new NarrationResult(paced, TimeSpan.Zero, 0, 0);
        }

        if (request.Engine is null || string.IsNullOrWhiteSpace(request.VoiceId))
        {
            throw new ArgumentException("A voiced narration needs an engine and a voice id.", nameof(request));
        }

        var clips = new List<SpeechClip>(sentences.Count);
        var synthesisTime = TimeSpan.Zero;
        var synthesized = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var (clip, elapsed) = await SpeakAsync(request.Engine, request.VoiceId, options.Rate, sentences[i].Text, cancellationToken);
            clips.Add(clip);
            if (elapsed is { } time)
            {
                synthesisTime += time;
                synthesized++;
            }

            progress?.Report((i + 1.0) / sentences.Count);
        }

        var voice = $"{request.Engine.Name}:{request.VoiceId}";
        var track = await AssembleAsync(sentences, clips, options, language, voice, request.OutputDirectory, cancellationToken);
        _logger.LogInformation(
            "Narrated {Sentences} sentences ({Seconds:0.00} s) with {Voice}: {Synthesized} synthesised in {SynthesisMs} ms, {Cached} from cache",
            sentences.Count, track.Duration, voice, synthesized, (long)synthesisTime.TotalMilliseconds, sentences.Count - synthesized);
        progress?.Report(1);
        return new NarrationResult(track, synthesisTime, synthesized, sentences.Count - synthesized);
    }

    private static List<PlannedSentence> Plan(IReadOnlyList<SceneSpec> scenes)
    {
        var sentences = new List<PlannedSentence>();
        for (var scene = 0; scene < scenes.Count; scene++)
        {
            var first = true;
            foreach (var text in SentenceSplitter.Split(scenes[scene].Text))
            {
                sentences.Add(new PlannedSentence(scene, text, first));
                first = false;
            }
        }

        return sentences;
    }

    /// <summary>The trimmed clip (word events relative to its start), and the engine time when it was not cached.</summary>
    private async Task<(SpeechClip Clip, TimeSpan? Elapsed)> SpeakAsync(
        ISpeechEngine engine, string voice, double rate, string text, CancellationToken cancellationToken)
    {
        var key = SpeechCache.KeyFor(engine.Name, engine.Version, voice, rate, text);
        if (await _cache.TryGetAsync(key, cancellationToken) is { } cached)
        {
            return (cached, null);
        }

        var stopwatch = Stopwatch.StartNew();
        var raw = await engine.SynthesizeAsync(text, new SpeechSettings(voice, rate), cancellationToken);
        stopwatch.Stop();

        var span = SilenceTrimmer.FindSound(raw.Audio);
        var shift = (double)span.Start / raw.Audio.SampleRate;
        var trimmed = new SpeechClip(
            raw.Audio.Slice(span.Start, span.End),
            raw.WordBoundaries.Select(b => b with { AudioOffsetSeconds = Math.Max(0, b.AudioOffsetSeconds - shift) }).ToList());
        await _cache.StoreAsync(key, text, $"{engine.Name}:{voice}", trimmed, cancellationToken);
        return (trimmed, stopwatch.Elapsed);
    }

    private static async Task<NarrationTrack> AssembleAsync(
        List<PlannedSentence> sentences,
        List<SpeechClip> clips,
        VoiceOptions options,
        string language,
        string voice,
        string outputDirectory,
        CancellationToken cancellationToken)
    {
        var sampleRate = clips.Count > 0 ? clips[0].Audio.SampleRate : 16000;
        if (clips.Any(c => c.Audio.SampleRate != sampleRate))
        {
            throw new InvalidOperationException($"The engine returned clips at different sample rates ({string.Join(", ", clips.Select(c => c.Audio.SampleRate).Distinct())}).");
        }

        var sentencePause = (int)Math.Round(Math.Max(0, options.SentencePause) * sampleRate);
        var scenePause = (int)Math.Round(Math.Max(0, options.ScenePause) * sampleRate);
        var totalSamples = clips.Sum(c => c.Audio.Samples.Length)
            + sentences.Skip(1).Sum(s => s.StartsScene ? scenePause : sentencePause);
        var samples = new short[totalSamples];
        var spoken = new List<SpokenSentence>(sentences.Count);
        var cursor = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i > 0)
            {
                cursor += sentences[i].StartsScene ? scenePause : sentencePause;
            }

            var clip = clips[i];
            clip.Audio.Samples.CopyTo(samples, cursor);
            var start = (double)cursor / sampleRate;
            cursor += clip.Audio.Samples.Length;
            var end = (double)cursor / sampleRate;
            spoken.Add(TimeWords(sentences[i], clip.WordBoundaries, start, end, language));
        }

        Directory.CreateDirectory(outputDirectory);
        var path = Path.Combine(outputDirectory, AudioFileName);
        await WavFile.WriteAsync(path, new PcmAudio(samples, sampleRate), cancellationToken);
        return new NarrationTrack(path, spoken.Count > 0 ? spoken[^1].End : 0, spoken, voice, language);
    }

    private static SpokenSentence TimeWords(PlannedSentence sentence, IReadOnlyList<WordBoundary> boundaries, double start, double end, string language)
    {
        var tokens = WordTokenizer.Tokenize(sentence.Text);
        if (EngineWordTimer.Map(tokens, boundaries, start, end, language) is { } fromEvents)
        {
            return new SpokenSentence(sentence.SceneIndex, sentence.Text, start, end, fromEvents, WordTimingSource.EngineEvents);
        }

        var words = SyllableWeightedTimer.Split(tokens.Select(t => t.Text).ToList(), start, end, language);
        return new SpokenSentence(sentence.SceneIndex, sentence.Text, start, end, words, WordTimingSource.SyllableWeighted);
    }

    private static NarrationTrack PaceByReading(List<PlannedSentence> sentences, VoiceOptions options, string language)
    {
        var spoken = new List<SpokenSentence>(sentences.Count);
        var cursor = 0.0;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i > 0)
            {
                cursor += Math.Max(0, sentences[i].StartsScene ? options.ScenePause : options.SentencePause);
            }

            var start = cursor;
            cursor += ReadingSpeedPacer.SecondsFor(sentences[i].Text, options.Rate);
            var tokens = WordTokenizer.Tokenize(sentences[i].Text).Select(t => t.Text).ToList();
            var words = SyllableWeightedTimer.Split(tokens, start, cursor, language);
            spoken.Add(new SpokenSentence(sentences[i].SceneIndex, sentences[i].Text, start, cursor, words, WordTimingSource.ReadingSpeed));
        }

        return new NarrationTrack(null, cursor, spoken, null, language);
    }
}
