namespace Capacity.Results.Tables;

/// <summary>
/// Receives one table row cell by cell, in column order. Typed calls keep the hot path free of boxing:
/// a national run writes about 7.5 million hospital cells.
/// </summary>
internal interface IRowSink
{
    void Int(int value);

    void Long(long value);

    void Date(DateOnly value);

    void Text(string? value);

    void Ratio(double? value);

    void Quantity(double value);

    void EndRow();
}
