using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// One file of the music or footage library as MoneyPrinterTurbo lists it (<c>name</c>, <c>size</c>, <c>file</c>),
/// except that <c>file</c> is the bare stored name, which is what requests name it by (never a server path).
/// </summary>
public sealed record MediaFileView(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("file")] string File);
