using System.Runtime.InteropServices;

namespace Reelforge.Providers.Speech;

/// <summary>espeak_EVENT from speak_lib.h (40 bytes on x64).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct EspeakEvent
{
    public const int ListTerminated = 0;
    public const int Word = 1;

    public int Type;
    public uint UniqueIdentifier;

    /// <summary>1-based position of the word in the text, in characters (code points).</summary>
    public int TextPosition;

    /// <summary>Word length in characters.</summary>
    public int Length;

    /// <summary>Milliseconds into the generated audio.</summary>
    public int AudioPosition;

    /// <summary>Sample index into the generated audio.</summary>
    public int Sample;

    public nint UserData;
    public long Id;
}
