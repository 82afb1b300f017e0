using System.Collections.Immutable;
using System.Globalization;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Reconversion;

/// <summary>
/// A hospital applying the reconversion orders due today, in inbox order: the last one wins. Patients already in
/// care stay when beds are taken away; the ward simply admits nobody until its census is below the new beds.
/// </summary>
public static class HospitalReconversion
{
    /// <summary>The state with the due orders applied, and the events they cause.</summary>
    public static HospitalState Apply(HospitalState state, ImmutableArray<ReconversionOrder> due, int day, ImmutableArray<SimEvent>.Builder events)
    {
        if (due.IsEmpty)
        {
            return state;
        }

        var last = due[^1];
        var next = state with { Beds = last.Beds, Phase = last.Phase, Role = last.Role };
        if (next.Beds == state.Beds && next.Phase == state.Phase && next.Role == state.Role)
        {
            return next;
        }

        events.Add(EventFor(state, next, day));
        return next;
    }

    private static SimEvent EventFor(HospitalState before, HospitalState after, int day)
    {
        var id = after.Hospital.Id;
        var detail = string.Create(
            CultureInfo.InvariantCulture,
            $"{ReconversionCodes.Role(after.Role)}: {after.Beds.Ward} ward + {after.Beds.Icu} ICU beds (was {before.Beds.Ward} + {before.Beds.Icu})");
        if (after.Hospital.Type == HospitalType.TemporaryUnit && before.Beds.Total == 0 && after.Beds.Total > 0)
        {
            return new SimEvent(day, id, EventKind.UnitOpened, ReconversionCodes.Role(after.Role), detail);
        }

        if (after.Hospital.Type == HospitalType.TemporaryUnit && before.Beds.Total > 0 && after.Beds.Total == 0)
        {
            return new SimEvent(day, id, EventKind.UnitClosed, ReconversionCodes.Role(before.Role), detail);
        }

        return new SimEvent(day, id, EventKind.Reconverted, ReconversionCodes.Phase(after.Phase), detail);
    }
}
