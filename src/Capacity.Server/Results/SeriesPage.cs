namespace Capacity.Server.Results;

/// <summary>One page of a daily table: the columns asked for, their rows, and how many rows match in all.</summary>
public sealed record SeriesPage(string Level, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, int Total, int Offset, int Limit);
