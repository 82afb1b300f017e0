namespace Capacity.Server.Results;

/// <summary>A time-series request: level, filters (entity, OOAD, days), columns and the page.</summary>
public sealed record SeriesQuery(
    string Level,
    string? Entity = null,
    string? Ooad = null,
    IReadOnlyList<string>? Columns = null,
    int? From = null,
    int? To = null,
    int Offset = 0,
    int Limit = 500);
