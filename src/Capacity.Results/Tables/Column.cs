namespace Capacity.Results.Tables;

/// <summary>One column of a daily table.</summary>
/// <param name="Name">Header / Parquet field name.</param>
/// <param name="Kind">Storage type.</param>
/// <param name="Optional">For text: may be missing (null in Parquet). Ratios are always optional.</param>
internal sealed record Column(string Name, ColumnKind Kind, bool Optional = false);
