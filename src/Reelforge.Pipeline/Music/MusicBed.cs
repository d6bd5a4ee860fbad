using Reelforge.Core.Audio;

namespace Reelforge.Pipeline.Music;

/// <summary>
/// The built-in background music when the user gives none: a calm, loopable four-chord pad with a soft plucked
/// arpeggio (vi–IV–I–V in C major), synthesised deterministically. Royalty-free by construction.
/// </summary>
public static class MusicBed
{
    public const int SampleRate = 44100;

    /// <summary>Beats per minute; one chord per bar of four beats.</summary>
    private const double Tempo = 84;

    // MIDI notes per chord: Am, F, C, G.
    private static readonly int[][] Chords =
    [
        [57, 60, 64],
        [53, 57, 60],
        [48, 55, 64],
        [55, 59, 62],
    ];

    /// <summary>Two passes of the progression (about 23 s); it loops seamlessly because each bar fades in and out on its own.</summary>
    public static PcmAudio Synthesize()
    {
        var beat = 60.0 / Tempo;
        var bar = beat * 4;
        var bars = Chords.Length * 2;
        var total = (int)(bar * bars * SampleRate);
        var mix = new double[total];

        for (var b = 0; b < bars; b++)
        {
            var chord = Chords[b % Chords.Length];
            var barStart = (int)(b * bar * SampleRate);
            var barLength = (int)(bar * SampleRate);

            // Pad: detuned sines per chord note with a slow swell; overlapping bars crossfade.
            var padLength = (int)(barLength * 1.15);
            foreach (var note in chord)
            {
                var f = Frequency(note);
                for (var i = 0; i < padLength; i++)
                {
                    var t = (double)i / SampleRate;
                    var envelope = Math.Sin(Math.PI * Math.Min(1.0, (double)i / padLength));
                    var voice = Math.Sin(2 * Math.PI * f * t) + (0.5 * Math.Sin(2 * Math.PI * f * 1.003 * t)) + (0.15 * Math.Sin(2 * Math.PI * f * 2 * t));
                    mix[(barStart + i) % total] += 0.06 * envelope * voice;
                }
            }

            // Bass: the chord root an octave down.
            var bass = Frequency(chord[0] - 12);
            for (var i = 0; i < barLength; i++)
            {
                var t = (double)i / SampleRate;
                var envelope = Math.Exp(-1.2 * t) * Math.Min(1.0, i / (0.02 * SampleRate));
                mix[barStart + i] += 0.12 * envelope * Math.Sin(2 * Math.PI * bass * t);
            }

            // Arpeggio: eighth notes up the chord, soft plucks.
            var eighth = beat / 2;
            for (var step = 0; step < 8; step++)
            {
                var note = chord[step % chord.Length] + (step >= 4 ? 12 : 0);
                var f = Frequency(note);
                var start = barStart + (int)(step * eighth * SampleRate);
                var length = (int)(eighth * 1.8 * SampleRate);
                for (var i = 0; i < length; i++)
                {
                    var t = (double)i / SampleRate;
                    var envelope = Math.Exp(-5 * t) * Math.Min(1.0, i / (0.005 * SampleRate));
                    mix[(start + i) % total] += 0.05 * envelope * (Math.Sin(2 * Math.PI * f * t) + (0.3 * Math.Sin(4 * Math.PI * f * t)));
                }
            }
        }

        var peak = mix.Max(Math.Abs);
        var scale = peak > 0 ? 0.7 * short.MaxValue / peak : 0;
        var samples = new short[total];
        for (var i = 0; i < total; i++)
        {
            samples[i] = (short)Math.Round(mix[i] * scale);
        }

        return new PcmAudio(samples, SampleRate);
    }

    private static double Frequency(int midiNote) => 440 * Math.Pow(2, (midiNote - 69) / 12.0);
}
