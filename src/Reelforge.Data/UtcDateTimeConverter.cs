using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Reelforge.Data;

/// <summary>Writes times as UTC and reads them back marked UTC (so the API prints them with a Z).</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
