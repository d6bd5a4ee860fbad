using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>One rejected field, shaped like a pydantic error (<c>loc</c>, <c>msg</c>, <c>type</c>) so MPT clients that print them keep working.</summary>
public sealed record ApiFieldError(
    [property: JsonPropertyName("loc")] IReadOnlyList<string> Location,
    [property: JsonPropertyName("msg")] string Message,
    [property: JsonPropertyName("type")] string Type);
