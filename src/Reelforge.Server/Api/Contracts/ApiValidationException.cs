namespace Reelforge.Server.Api.Contracts;

/// <summary>A request field with a value the API cannot use; <see cref="Field"/> is the field's snake_case name as the client sent it.</summary>
public sealed class ApiValidationException : Exception
{
    public ApiValidationException(string field, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        Field = field;
    }

    /// <summary>The field's name, with an index for list items (for example <c>video_materials[1].url</c>).</summary>
    public string Field { get; }
}
