namespace Reelforge.Core.Requests.Specification;

/// <summary>One refused value: the field as the face spells it, and the rule it broke (a sentence without the name).</summary>
public sealed record RequestFieldError(string Field, string Rule)
{
    /// <summary>The whole sentence, for example "--fps must be between 10 and 60, not 99.".</summary>
    public string Message => $"{Field} {Rule}";
}
