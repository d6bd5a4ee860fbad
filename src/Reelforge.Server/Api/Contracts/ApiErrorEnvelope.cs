using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>
/// An error body as MoneyPrinterTurbo sends it: <c>{"status": 404, "message": "..."}</c> with the HTTP status code repeated;
/// <c>data</c> appears only when there are details (the list of field errors of a rejected body).
/// </summary>
public sealed record ApiErrorEnvelope(
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("data"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ApiFieldError>? Data = null);
