using System.Text.Json.Serialization;

namespace Reelforge.Server.Api.Contracts;

/// <summary>MoneyPrinterTurbo's <c>BaseResponse</c>: <c>{"status": 200, "message": "success", "data": ...}</c>; <c>data</c> is always written, null included.</summary>
public sealed record ApiEnvelope<T>(
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("data")] T Data);
