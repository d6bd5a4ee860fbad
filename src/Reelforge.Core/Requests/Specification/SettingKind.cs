namespace Reelforge.Core.Requests.Specification;

/// <summary>The type of a request setting, which decides how a face's value is read and which rule checks it.</summary>
public enum SettingKind
{
    /// <summary>A decimal number within a range.</summary>
    Number,

    /// <summary>A whole number within a range.</summary>
    WholeNumber,

    /// <summary>On or off.</summary>
    Flag,

    /// <summary>One of a fixed list of words.</summary>
    Choice,

    /// <summary>Free text of a limited length, or a value a per-setting rule checks.</summary>
    Text,

    /// <summary>#RRGGBB or #RRGGBBAA.</summary>
    Color,

    /// <summary>Several of a list of words.</summary>
    List,
}
