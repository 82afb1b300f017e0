using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;

namespace Capacity.Domain.Demand;

/// <summary>An OOAD between days: its hospitals as last reported, in id order.</summary>
public sealed record OoadState(Ooad Ooad, ImmutableArray<HospitalSnapshot> Hospitals)
{
    /// <summary>An OOAD on day 0: empty hospitals.</summary>
    public static OoadState Open(Ooad ooad, IEnumerable<(string HospitalId, LevelCounts Beds)> hospitals) =>
        new(ooad, hospitals
            .OrderBy(h => h.HospitalId, StringComparer.Ordinal)
            .Select(h => new HospitalSnapshot(h.HospitalId, h.Beds, default))
            .ToImmutableArray());

    /// <summary>Today's arrivals routed to each hospital (same order as <see cref="Hospitals"/>).</summary>
    public ImmutableArray<LevelCounts> RouteArrivals(WaveDemandSettings demand, DateOnly start, int day, long seed) =>
        AdmissionRouting.Route(WaveDemand.Draw(demand, Ooad, start, day, seed), Hospitals);

    /// <summary>Updates the census from the hospitals' reports.</summary>
    public OoadState Observe(IEnumerable<HospitalDayReport> reports)
    {
        var census = reports.ToDictionary(r => r.HospitalId, r => r.Census, StringComparer.Ordinal);
        return this with
        {
            Hospitals = Hospitals.Select(h => h with { Census = census.GetValueOrDefault(h.HospitalId, h.Census) }).ToImmutableArray(),
        };
    }
}
