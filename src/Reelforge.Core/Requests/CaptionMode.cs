namespace Reelforge.Core.Requests;

/// <summary>How captions are shown: a sentence at a time, with the spoken word highlighted, or not at all.</summary>
public enum CaptionMode
{
    Sentence,
    Words,
    Off,
}
