using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Capacity.Domain.Care;
using Capacity.Domain.Random;
using Orleans;

namespace Capacity.Domain.Ventilators;

/// <summary>
/// An OOAD's ventilators: its view of each hospital's fleet (last reports, in id order) and the units it moved between
/// its hospitals that arrive tomorrow. Each morning (<see cref="Dispatch"/>) it hands today's delivery to the hospitals
/// furthest below their target, then moves idle units from hospitals with spare to hospitals short of units (they arrive
/// the next day). Pure and deterministic: the OOAD grain and the inline kernel call it with the same inputs.
/// </summary>
/// <param name="Ids">Hospital ids in id order.</param>
/// <param name="Views">Each hospital's fleet as last reported (same order).</param>
/// <param name="InTransit">Units moved to each hospital that arrive tomorrow (same order).</param>
[GenerateSerializer, Immutable, Alias("capacity.OoadFleet")]
public sealed record OoadFleet(ImmutableArray<string> Ids, ImmutableArray<FleetView> Views, ImmutableArray<int> InTransit)
{
    /// <summary>Units the OOAD's hospitals hold or will get tomorrow (in service + in repair + in transit): what the
    /// equipment limit counts for ventilators when the fleet is on (one truth). Read after <see cref="Observe"/>: between
    /// <see cref="Dispatch"/> and the day's reports the views still hold the units moved out.</summary>
    public int Units => Views.Sum(v => v.InService + v.InRepair) + InTransit.Sum();

    /// <summary>The OOAD on day 0, from its hospitals' opening ICU beds.</summary>
    public static OoadFleet Open(VentilatorSettings settings, IEnumerable<(string Id, int IcuBeds)> hospitals)
    {
        var ordered = hospitals.OrderBy(h => h.Id, StringComparer.Ordinal).ToArray();
        return new OoadFleet(
            [.. ordered.Select(h => h.Id)],
            [.. ordered.Select(h => new FleetView(h.IcuBeds, settings.InitialUnits(h.IcuBeds), 0, 0, 0))],
            [.. ordered.Select(_ => 0)]);
    }

    /// <summary>
    /// Today's units for each hospital (same order as <see cref="Ids"/>): its share of <paramref name="delivered"/>, the
    /// units moved to it yesterday that land today, and the idle units taken from it today.
    /// </summary>
    /// <param name="delivered">Units the national allocation sent the OOAD today.</param>
    /// <param name="settings">The fleet settings (targets use the ventilated share).</param>
    public (OoadFleet Next, ImmutableArray<(int Received, int MovedIn, int MovedOut)> Hospitals) Dispatch(int delivered, VentilatorSettings settings)
    {
        var n = Ids.Length;
        var share = settings.VentilatedShare;
        var received = new int[n];
        var held = Views.Select((v, i) => v.InService + v.InRepair + InTransit[i]).ToArray();
        var deficit = Views.Select((v, i) => Math.Max(0, v.Target(share) - held[i])).ToArray();
        var left = Math.Max(0, delivered);
        while (left > 0 && n > 0)
        {
            var i = Largest(deficit);
            if (deficit[i] <= 0)
            {
                break;
            }

            var given = Math.Min(left, deficit[i]);
            (received[i], deficit[i], left) = (received[i] + given, deficit[i] - given, left - given);
        }

        if (left > 0 && n > 0)
        {
            // Nobody is below target: the rest goes by ICU beds (equally when no hospital has any).
            var weights = Views.Select(v => (double)v.IcuBeds).ToArray();
            var parts = Sampling.Apportion(left, weights.Sum() > 0 ? weights : [.. weights.Select(_ => 1.0)]);
            for (var i = 0; i < n; i++)
            {
                received[i] += parts[i];
            }
        }

        // Idle units go from spare to short hospitals, largest gap and largest spare first (ties: lowest id).
        var gap = Views.Select((v, i) => Math.Max(0, v.Gap - received[i] - InTransit[i])).ToArray();
        var spare = Views.Select((v, i) => received[i] > 0 || gap[i] > 0 ? 0 : Math.Min(v.Spare(share), Math.Max(0, v.InService - v.VentilatedCensus))).ToArray();
        var movedOut = new int[n];
        var transit = new int[n];
        while (n > 0)
        {
            var to = Largest(gap);
            var from = Largest(spare);
            if (gap[to] <= 0 || spare[from] <= 0)
            {
                break;
            }

            var units = Math.Min(gap[to], spare[from]);
            (gap[to], spare[from], movedOut[from], transit[to]) = (gap[to] - units, spare[from] - units, movedOut[from] + units, transit[to] + units);
        }

        var hospitals = Enumerable.Range(0, n).Select(i => (received[i], InTransit[i], movedOut[i])).ToImmutableArray();
        return (this with { InTransit = [.. transit] }, hospitals);
    }

    /// <summary>Updates the views from today's reports (hospitals without a fleet report keep their view).</summary>
    public OoadFleet Observe(IEnumerable<HospitalDayReport> reports)
    {
        var list = ReportOrder.AsList(reports);
        var positions = ReportOrder.Positions(list, Ids, static id => id);
        var views = Views.ToArray();
        for (var k = 0; k < list.Count; k++)
        {
            if (positions[k] is var i and >= 0 && list[k].Ventilators is { } units)
            {
                views[i] = View(list[k], units);
            }
        }

        return this with { Views = ImmutableCollectionsMarshal.AsImmutableArray(views) };
    }

    /// <summary>The reports with the units in transit to each hospital (they arrive tomorrow).</summary>
    public ImmutableArray<HospitalDayReport> Annotate(IEnumerable<HospitalDayReport> reports)
    {
        var list = ReportOrder.AsList(reports);
        var positions = ReportOrder.Positions(list, Ids, static id => id);
        // Only reports whose figure changes are copied: most hospitals have nothing in transit.
        var annotated = new HospitalDayReport[list.Count];
        for (var k = 0; k < annotated.Length; k++)
        {
            annotated[k] = positions[k] is var i and >= 0 ? WithInTransit(list[k], InTransit[i]) : list[k];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(annotated);
    }

    private static FleetView View(HospitalDayReport report, HospitalVentilators units) =>
        new(report.Beds.Icu, units.InService, units.InRepair, units.VentilatedCensus, units.Short);

    private static HospitalDayReport WithInTransit(HospitalDayReport report, int inTransit) =>
        report.Ventilators is { } v && v.InTransit != inTransit ? report with { Ventilators = v with { InTransit = inTransit } } : report;

    private static int Largest(int[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }
}
