using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Demand;

/// <summary>
/// Parametric demand: expected new COVID hospital patients per OOAD and day =
/// attack rate × affiliates × multiplier × hospitalised share × Σ wave share × daily wave mass.
/// </summary>
/// <param name="AttackRate">Share of affiliates infected over the run (0.5% sector scenario, seed 003 L2276-2280).</param>
/// <param name="HospitalisedShare">Share of cases needing a bed (14% + 6%, seed 003 L2235-2243).</param>
/// <param name="IcuShareOfHospitalised">Share of hospitalised patients needing ICU (6 of 20, seed 003 L2235-2243).</param>
/// <param name="Waves">Wave shapes; shares sum to 1.</param>
/// <param name="Regions">Per-OOAD adjustments keyed by OOAD code; OOADs not listed use the national curve. Under SEIR,
/// the multiplier scales the OOAD's transmission and the peak shift moves its seeding day.</param>
/// <param name="Model">Which model gives the expected demand (<see cref="DemandCurve"/>); the attack rate, hospitalised
/// share and waves are the <see cref="DemandModelKind.Waves"/> model's, the ICU share is every model's.</param>
/// <param name="Seir">The SEIR model's settings (used when <paramref name="Model"/> is <see cref="DemandModelKind.Seir"/>).</param>
/// <param name="Observed">The observed admissions (used when <paramref name="Model"/> is <see cref="DemandModelKind.Observed"/>).</param>
[GenerateSerializer, Immutable, Alias("capacity.WaveDemandSettings")]
public sealed record WaveDemandSettings(
    double AttackRate,
    double HospitalisedShare,
    double IcuShareOfHospitalised,
    ImmutableArray<Wave> Waves,
    ImmutableSortedDictionary<string, RegionalDemand> Regions,
    DemandModelKind Model = DemandModelKind.Waves,
    SeirSettings? Seir = null,
    ObservedDemand? Observed = null)
{
    /// <summary>The adjustment for one OOAD.</summary>
    public RegionalDemand For(string ooadCode) =>
        Regions.TryGetValue(ooadCode, out var regional) ? regional : RegionalDemand.Neutral;
}
