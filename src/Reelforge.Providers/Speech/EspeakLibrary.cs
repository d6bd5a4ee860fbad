using System.Runtime.InteropServices;
using System.Text;
using Reelforge.Core.Audio;
using Reelforge.Core.Speech;

namespace Reelforge.Providers.Speech;

/// <summary>
/// libespeak-ng in this process. The library is process-global and not thread-safe, so it is initialised
/// once and every call goes through one lock; the synthesis callback writes into the one active collection.
/// </summary>
internal static unsafe class EspeakLibrary
{
    private static readonly Lock Gate = new();
    private static bool _attempted;
    private static int _sampleRate;
    private static string _version = "unknown";
    private static string? _loadError;
    private static Collection? _active;

    /// <summary>Loads and initialises the library once; false (with the reason) when it cannot be loaded.</summary>
    public static bool TryInitialize(out string? error)
    {
        lock (Gate)
        {
            if (!_attempted)
            {
                _attempted = true;
                try
                {
                    var rate = EspeakNative.Initialize(EspeakNative.AudioOutputSynchronous, 200, null, EspeakNative.InitializeDontExit);
                    if (rate <= 0)
                    {
                        _loadError = $"espeak_Initialize returned {rate} (espeak-ng-data missing?)";
                    }
                    else
                    {
                        _sampleRate = rate;
                        _version = Marshal.PtrToStringUTF8((nint)EspeakNative.Info(null)) ?? "unknown";
                        EspeakNative.SetSynthCallback(&OnSynthesized);
                    }
                }
                catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
                {
                    _loadError = $"{EspeakNative.Library} could not be loaded: {ex.Message}";
                }
            }

            error = _loadError;
            return _loadError is null;
        }
    }

    public static string Version => TryInitialize(out _) ? _version : "unknown";

    /// <summary>Speaks <paramref name="text"/> with a voice at a rate in words per minute; blocks until done.</summary>
    public static SpeechClip Synthesize(string text, string voice, int wordsPerMinute, CancellationToken cancellationToken)
    {
        if (!TryInitialize(out var error))
        {
            throw new SpeechSynthesisException(error!);
        }

        lock (Gate)
        {
            if (EspeakNative.SetVoiceByName(voice) != EspeakNative.Ok)
            {
                throw new SpeechSynthesisException($"espeak-ng has no voice '{voice}'.");
            }

            if (EspeakNative.SetParameter(EspeakNative.ParameterRate, wordsPerMinute, 0) != EspeakNative.Ok)
            {
                throw new SpeechSynthesisException($"espeak-ng rejected the rate {wordsPerMinute} words per minute.");
            }

            var collection = new Collection(cancellationToken);
            _active = collection;
            try
            {
                var utf8 = Encoding.UTF8.GetBytes(text + "\0");
                fixed (byte* bytes = utf8)
                {
                    var result = EspeakNative.Synth(bytes, (nuint)utf8.Length, 0, EspeakNative.PositionCharacter, 0, EspeakNative.CharsUtf8, null, null);
                    var synchronized = EspeakNative.Synchronize();
                    if (result != EspeakNative.Ok || synchronized != EspeakNative.Ok)
                    {
                        throw new SpeechSynthesisException($"espeak_Synth failed with error {result}/{synchronized}.");
                    }
                }
            }
            finally
            {
                _active = null;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var audio = new PcmAudio(collection.Samples.ToArray(), _sampleRate);
            return new SpeechClip(audio, ToBoundaries(text, collection.Words, _sampleRate));
        }
    }

    /// <summary>
    /// espeak reports 1-based positions counted in code points; .NET strings count UTF-16 units, so the
    /// positions are mapped through the code point starts (they differ past any character outside the BMP).
    /// </summary>
    internal static IReadOnlyList<WordBoundary> ToBoundaries(string text, IReadOnlyList<(int Position, int Length, int Sample)> words, int sampleRate)
    {
        var starts = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            starts.Add(i);
        }

        starts.Add(text.Length);
        var boundaries = new List<WordBoundary>(words.Count);
        foreach (var (position, length, sample) in words)
        {
            // punctuation such as a leading "¡" can produce an empty event at position 0
            if (position < 1 || length <= 0)
            {
                continue;
            }

            var first = Math.Clamp(position - 1, 0, starts.Count - 1);
            var last = Math.Clamp(first + Math.Max(0, length), first, starts.Count - 1);
            boundaries.Add(new WordBoundary(starts[first], starts[last] - starts[first], (double)sample / sampleRate));
        }

        return boundaries;
    }

    [UnmanagedCallersOnly]
    private static int OnSynthesized(short* wav, int sampleCount, EspeakEvent* events)
    {
        try
        {
            var collection = _active;
            if (collection is null)
            {
                return 1;
            }

            if (wav is not null && sampleCount > 0)
            {
                collection.Samples.AddRange(new ReadOnlySpan<short>(wav, sampleCount));
            }

            for (var e = events; e is not null && e->Type != EspeakEvent.ListTerminated; e++)
            {
                if (e->Type == EspeakEvent.Word)
                {
                    collection.Words.Add((e->TextPosition, e->Length, e->Sample));
                }
            }

            // a non-zero return stops synthesis: that is how a cancellation reaches the library
            return collection.CancellationToken.IsCancellationRequested ? 1 : 0;
        }
        catch (Exception)
        {
            return 1;
        }
    }

    private sealed class Collection(CancellationToken cancellationToken)
    {
        public CancellationToken CancellationToken { get; } = cancellationToken;

        public List<short> Samples { get; } = new(22050 * 4);

        public List<(int Position, int Length, int Sample)> Words { get; } = [];
    }
}
