using System.Collections.Immutable;

namespace Capacity.Results.Tables;

/// <summary>The columns of one daily table and the stem of its file names.</summary>
internal sealed class TableLayout
{
    public TableLayout(string fileStem, IEnumerable<Column> columns)
    {
        FileStem = fileStem;
        Columns = [.. columns];
        var duplicate = Columns.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Column '{duplicate.Key}' appears twice in {fileStem}.", nameof(columns));
        }
    }

    /// <summary>File name without extension, e.g. <c>daily_hospital</c>.</summary>
    public string FileStem { get; }

    public ImmutableArray<Column> Columns { get; }

    public static Column Int(string name) => new(name, ColumnKind.Int32);

    public static Column Long(string name) => new(name, ColumnKind.Int64);

    public static Column Date(string name) => new(name, ColumnKind.Date);

    public static Column Text(string name, bool optional = false) => new(name, ColumnKind.Text, optional);

    public static Column Ratio(string name) => new(name, ColumnKind.Ratio, Optional: true);

    public static Column Quantity(string name) => new(name, ColumnKind.Quantity);
}
