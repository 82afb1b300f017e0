using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Oxygen;

/// <summary>
/// The OOAD's side of oxygen, shared by the OOAD grain and the inline kernel: before its hospitals run, the drops due
/// today; after they report, its plant takes their orders and dispatches.
/// </summary>
public static class OoadOxygen
{
    /// <summary>Litres delivered today to each hospital (same order as <see cref="OoadState.Hospitals"/>), and the OOAD without those drops.</summary>
    public static (OoadState Next, ImmutableArray<long> Delivered) Deliver(OoadState ooad, int day)
    {
        if (ooad.Oxygen is not { } plant)
        {
            return (ooad, [.. ooad.Hospitals.Select(_ => 0L)]);
        }

        var (next, delivered) = plant.Deliver(day);
        return (ooad with { Oxygen = next }, [.. ooad.Hospitals.Select(h => delivered.GetValueOrDefault(h.HospitalId))]);
    }

    /// <summary>The plant's day on the orders in today's reports; null (and the OOAD unchanged) without oxygen.</summary>
    public static (OoadState Next, OxygenPlantReport? Report) Dispatch(OoadState ooad, int day, IEnumerable<HospitalDayReport> reports, ModelParameters parameters)
    {
        if (ooad.Oxygen is not { } plant || parameters.Oxygen is not { Enabled: true } settings)
        {
            return (ooad, null);
        }

        var orders = reports
            .Where(r => r.Oxygen is { Ordered: > 0 })
            .Select(r => (r.HospitalId, r.Oxygen!.Ordered));
        var (next, report) = plant.Run(day, parameters.Start.AddDays(day), orders, settings, parameters.Shocks);
        return (ooad with { Oxygen = next }, report);
    }
}
