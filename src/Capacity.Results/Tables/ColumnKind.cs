namespace Capacity.Results.Tables;

/// <summary>Storage type of a table column, shared by the CSV and the Parquet writers.</summary>
internal enum ColumnKind
{
    /// <summary>32-bit count.</summary>
    Int32,

    /// <summary>64-bit count (stock units).</summary>
    Int64,

    /// <summary>Calendar date: <c>yyyy-MM-dd</c> in CSV, DATE in Parquet.</summary>
    Date,

    /// <summary>Text; empty in CSV and null in Parquet when optional and missing.</summary>
    Text,

    /// <summary>Optional ratio: <c>F4</c> in CSV (empty for null), nullable DOUBLE in Parquet.</summary>
    Ratio,

    /// <summary>Fractional quantity that always has a value (ERC teams): <c>F1</c> in CSV, DOUBLE in Parquet.</summary>
    Quantity,
}
