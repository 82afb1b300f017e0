using System.Collections.Immutable;
using System.Globalization;
using Capacity.Domain.Supply;
using CsvHelper;

namespace Capacity.Results.Validation;

/// <summary>
/// The run's central-warehouse shipments to the OOAD and UMAE warehouses over Table I.2's window against Table I.2
/// (<see cref="PpeFigures"/>), at ±10%. Read from <c>daily_warehouse.csv</c>.
/// </summary>
public sealed class PpeValidation
{
    private PpeValidation(ImmutableArray<ValidationRow> rows, string note)
    {
        Rows = rows;
        Note = note;
    }

    /// <summary>One row per item, in item order.</summary>
    public ImmutableArray<ValidationRow> Rows { get; }

    /// <summary>How the rows were measured.</summary>
    public string Note { get; }

    /// <summary>Rows within ±10%.</summary>
    public int WithinCount => Rows.Count(r => r.Within);

    /// <summary>From the central warehouse's shipments per date and item; rows are missing when the run does not cover the window.</summary>
    public static PpeValidation Compute(RunIdentity run, IEnumerable<(DateOnly Date, ImmutableArray<long> Shipped)> central)
    {
        var from = TextFormat.Date(PpeFigures.From);
        var to = TextFormat.Date(PpeFigures.To);
        if (!run.Covers(PpeFigures.From) || !run.Covers(PpeFigures.To))
        {
            return new PpeValidation(
                [.. PpeFigures.All.Select(f => ValidationRow.Missing(f.Figure, ValidationRow.DateNotSimulated))],
                $"PPE: the run does not cover {from} to {to}.");
        }

        var totals = new long[SupplyItems.All.Length];
        foreach (var (date, shipped) in central.Where(c => c.Date >= PpeFigures.From && c.Date <= PpeFigures.To))
        {
            for (var i = 0; i < totals.Length; i++)
            {
                totals[i] += shipped[i];
            }
        }

        return new PpeValidation(
            [.. PpeFigures.All.Select(f => ValidationRow.Measured(f.Figure, totals[(int)f.Item], PpeFigures.Tolerance))],
            $"PPE: units shipped by the central warehouse to the OOAD and UMAE warehouses from {from} to {to} "
            + "(`daily_warehouse`, `shipped_<item>`), against Table I.2 at ±10%.");
    }

    /// <summary>Reads the central warehouse's rows of <c>daily_warehouse.csv</c>; null when the run wrote no CSV.</summary>
    public static async Task<PpeValidation?> LoadAsync(string runDirectory, RunIdentity run, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetFullPath(runDirectory), OutputFileNames.DailyWarehouse + OutputFileNames.CsvExtension);
        if (!File.Exists(path))
        {
            return null;
        }

        var rows = new List<(DateOnly, ImmutableArray<long>)>();
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            await using var csv = CsvReader.Create(stream, CsvReaderOptions.Default with { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: false);
            await csv.ReadHeaderAsync(cancellationToken);
            int Index(string column) => csv.TryGetFieldIndex(column, out var i)
                ? i
                : throw new RunDirectoryException($"{Path.GetFileName(path)} has no column '{column}'.");
            var date = Index("date");
            var kind = Index("kind");
            var shipped = SupplyItems.All.Select(item => Index("shipped_" + SupplyItems.Code(item))).ToArray();
            while (await csv.ReadAsync(cancellationToken))
            {
                if (csv.GetString(kind) == "central")
                {
                    rows.Add((
                        DateOnly.ParseExact(csv.GetString(date), TextFormat.DateFormat, CultureInfo.InvariantCulture),
                        [.. shipped.Select(i => csv.Parse<long>(i))]));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvFormatException or FormatException or OverflowException)
        {
            throw new RunDirectoryException($"Cannot read {path}: {e.Message}", e);
        }

        return Compute(run, rows);
    }
}
