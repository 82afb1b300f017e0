using System.Collections.Immutable;
using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Ventilators;
using Orleans;

namespace Capacity.Domain.Care;

/// <summary>Everything a hospital carries from one day to the next.</summary>
/// <param name="Hospital">Static description.</param>
/// <param name="Beds">COVID beds by level.</param>
/// <param name="Ward">Ward patients by completed days in care.</param>
/// <param name="Icu">ICU patients by completed days in care.</param>
/// <param name="Stock">One entry per item, in item order.</param>
/// <param name="Inbox">Shipments not yet due.</param>
/// <param name="NextSeq">Sequence number of the next outgoing message.</param>
/// <param name="Full">Which levels are in a capacity episode (for events).</param>
/// <param name="Phase">Reconversion phase.</param>
/// <param name="Role">Role for COVID care.</param>
/// <param name="Reconversions">Reconversion orders not yet due.</param>
/// <param name="Stretcher">
/// COVID ward patients on observation stretchers by completed days in care (<see cref="Stretchers"/>); they follow the
/// ward's stay and mortality but hold no census bed.
/// </param>
/// <param name="ReferenceBeds">The most COVID beds the hospital is planned to run: the yardstick of its opening stock and min-max levels.</param>
/// <param name="Oxygen">Oxygen storage; null when oxygen is not modelled (<see cref="Oxygen.OxygenCare"/>).</param>
/// <param name="Fleet">The ventilator fleet and the ventilated ICU patients (<see cref="FleetDay"/>); null when the fleet is off.</param>
/// <remarks>Every member is a constructor parameter: the Orleans code generator (which runs in the grain assembly)
/// only serializes those, and a checkpoint must carry all of it.</remarks>
[GenerateSerializer, Immutable, Alias("capacity.HospitalState")]
public sealed record HospitalState(
    Hospital Hospital,
    LevelCounts Beds,
    ImmutableArray<int> Ward,
    ImmutableArray<int> Icu,
    ImmutableArray<ItemStock> Stock,
    Inbox<Shipment> Inbox,
    int NextSeq,
    (bool Ward, bool Icu) Full,
    ReconversionPhase Phase,
    HospitalRole Role,
    Inbox<ReconversionOrder> Reconversions,
    ImmutableArray<int> Stretcher,
    LevelCounts ReferenceBeds = default,
    Oxygen.OxygenTank? Oxygen = null,
    HospitalFleet? Fleet = null)
{
    /// <summary>Patients in COVID beds by level (patients on stretchers are not in a bed; ventilated patients are ICU patients).</summary>
    public LevelCounts Census => new(CohortFlow.Census(Ward), CohortFlow.Census(Icu) + (Fleet?.VentilatedCensus ?? 0));

    /// <summary>Patients on observation stretchers.</summary>
    public int StretcherCensus => CohortFlow.Census(Stretcher);

    /// <summary>
    /// A hospital on day 0: no patients, its opening beds, phase and role, and an opening stock of every item sized on
    /// <paramref name="referenceBeds"/> (the most COVID beds it is planned to run).
    /// </summary>
    public static HospitalState Open(Hospital hospital, PlannedBeds opening, LevelCounts referenceBeds, ModelParameters parameters)
    {
        var beds = opening.Beds;
        var stock = parameters.Supply.Items
            .Select(item => new ItemStock(
                ReferenceUse.OpeningStock(referenceBeds, item, parameters.Care, parameters.Supply.InitialStock.HospitalDays),
                0,
                0,
                ImmutableArray<long>.Empty,
                false))
            .ToImmutableArray();
        var empty = CohortFlow.Empty(parameters.Care.MaxStayDays);
        return new HospitalState(
            hospital, beds, empty, empty, stock, Inbox<Shipment>.Empty, 0, (false, false), opening.Phase, opening.Role,
            Inbox<ReconversionOrder>.Empty, empty)
        {
            ReferenceBeds = referenceBeds,
            Oxygen = parameters.Oxygen is { Enabled: true } oxygen ? global::Capacity.Domain.Oxygen.OxygenTank.Open(oxygen, referenceBeds) : null,
            Fleet = parameters.Ventilators is { Enabled: true } ventilators
                ? HospitalFleet.Open(ventilators, beds.Icu, parameters.Care.MaxStayDays)
                : null,
        };
    }
}
