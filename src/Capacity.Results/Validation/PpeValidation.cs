using System.Collections.Immutable;
using Capacity.Domain.Supply;

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

    /// <summary>Reads the central warehouse's rows of <c>daily_warehouse</c> (CSV, else Parquet); null when the run wrote neither.</summary>
    public static async Task<PpeValidation?> LoadAsync(string runDirectory, RunIdentity run, CancellationToken cancellationToken)
    {
        var rows = await CentralShipmentReader.ReadAsync(runDirectory, cancellationToken);
        return rows is { } central ? Compute(run, central) : null;
    }
}
