using Reelforge.Core.Requests.Specification;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// One or more request fields with values the API cannot use; <see cref="Field"/> is the first field's snake_case
/// name as the client sent it, <see cref="Errors"/> every refused field.
/// </summary>
public sealed class ApiValidationException : Exception
{
    public ApiValidationException(string field, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        Field = field;
        Errors = [new RequestFieldError(field, message.StartsWith(field + " ", StringComparison.Ordinal) ? message[(field.Length + 1)..] : message)];
    }

    public ApiValidationException(IReadOnlyList<RequestFieldError> errors)
        : base(string.Join(" ", (errors ?? throw new ArgumentNullException(nameof(errors))).Select(e => e.Message)))
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        Field = errors[0].Field;
        Errors = errors;
    }

    /// <summary>The field's name, with an index for list items (for example <c>video_materials[1].url</c>).</summary>
    public string Field { get; }

    public IReadOnlyList<RequestFieldError> Errors { get; }

    /// <summary>The same errors with every field name prefixed (a batch item's <c>items[2].</c>).</summary>
    public ApiValidationException WithPrefix(string prefix) =>
        new([.. Errors.Select(e => e with { Field = prefix + e.Field })]);
}
