using System.Globalization;

namespace Capacity.Server.Results;

/// <summary>
/// CSV cells as JSON values: counts and ratios as numbers, identifiers and codes as strings, empty cells (undefined
/// ratios, days of supply without demand) as null. Identifier columns stay text even when they look numeric.
/// </summary>
internal static class CellValues
{
    private static readonly HashSet<string> TextColumns = new(StringComparer.Ordinal)
    {
        "date", "hospital_id", "warehouse_id", "ooad", "type", "phase", "role", "kind", "entity_id", "subject", "detail",
        "from_hospital", "from_ooad", "to_hospital", "to_ooad", "since_date",
    };

    public static object? Of(string column, string cell)
    {
        if (cell.Length == 0)
        {
            return null;
        }

        if (TextColumns.Contains(column))
        {
            return cell;
        }

        if (long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : cell;
    }

    /// <summary>A number cell, or null when empty or not a number.</summary>
    public static double? Number(string cell) =>
        cell.Length > 0 && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>A number cell, 0 when empty.</summary>
    public static double NumberOrZero(string cell) => Number(cell) ?? 0;
}
