using System.Collections.Immutable;
using Orleans;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Supply;
using Capacity.Domain.Ventilators;

namespace Capacity.Domain.Care;

/// <summary>One hospital's day: beds, patient flow, census, stock and displaced non-COVID care. Append parameters only.</summary>
/// <param name="Day">Tick.</param>
/// <param name="HospitalId">Hospital.</param>
/// <param name="OoadCode">Its OOAD.</param>
/// <param name="Beds">COVID beds by level.</param>
/// <param name="Arrivals">Patients routed to the hospital today.</param>
/// <param name="Admitted">Arrivals that found a bed.</param>
/// <param name="TurnedAway">Patients with no bed who were not transferred (unmet demand): new arrivals, and patients who
/// arrived by transfer and still found none. Before <see cref="Transfers.TransferSettlement.Settle"/> it counts every
/// patient without a bed.</param>
/// <param name="Discharged">Patients who went home alive today (ICU survivors who stepped down to the ward are not discharged).</param>
/// <param name="Died">Patients who died in care today.</param>
/// <param name="TurnedAwayDeaths">Deaths among today's turned-away patients (excess mortality), drawn at settlement.</param>
/// <param name="Census">Patients in COVID beds at the end of the day.</param>
/// <param name="Stock">One line per item, in item order.</param>
/// <param name="Phase">Reconversion phase at the end of the day.</param>
/// <param name="Role">Role for COVID care at the end of the day.</param>
/// <param name="StretcherCensus">
/// COVID ward patients on observation stretchers at the end of the day, not in <paramref name="Census"/> (their
/// admissions, discharges and deaths are in the ward counts).
/// </param>
/// <param name="NonCovidDemandBedDays">Beds non-COVID patients would occupy today (<see cref="Capacity.NonCovidDisplacement.Demand"/>).</param>
/// <param name="DeferredBedDays">Bed-days of non-COVID care deferred today for lack of non-COVID beds.</param>
/// <param name="StepUps">Ward patients moved to an ICU bed of this hospital today (<see cref="LevelTransfers"/>).</param>
/// <param name="StepDowns">ICU survivors moved to a ward bed of this hospital today instead of going home.</param>
/// <param name="StepUpBlocked">Ward patients who needed the ICU today and found no free ICU bed (they stay on the ward).</param>
/// <param name="TransfersIn">Patients who arrived today by transfer from another hospital (admitted first; those who
/// still found no bed are in <paramref name="TurnedAway"/>). Not in <paramref name="Arrivals"/>.</param>
/// <param name="TransferCandidates">Today's new arrivals who found no bed or stretcher: the patients the transfer policy
/// may move.</param>
/// <param name="TransferredOut">Of those, patients transferred to another hospital (they arrive there tomorrow).
/// Arrivals + transfers in = admitted + turned away + transferred out.</param>
/// <param name="Oxygen">The hospital's oxygen today; null when oxygen is not modelled (<see cref="Oxygen.OxygenCare"/>).</param>
/// <param name="Ventilators">The hospital's ventilator fleet (<see cref="FleetDay"/>); null when the fleet is off.</param>
[GenerateSerializer, Immutable, Alias("capacity.HospitalDayReport")]
public sealed record HospitalDayReport(
    int Day,
    string HospitalId,
    string OoadCode,
    LevelCounts Beds,
    LevelCounts Arrivals,
    LevelCounts Admitted,
    LevelCounts TurnedAway,
    LevelCounts Discharged,
    LevelCounts Died,
    int TurnedAwayDeaths,
    LevelCounts Census,
    ImmutableArray<HospitalStock> Stock,
    ReconversionPhase Phase,
    HospitalRole Role,
    int StretcherCensus,
    int NonCovidDemandBedDays,
    int DeferredBedDays,
    int StepUps,
    int StepDowns,
    int StepUpBlocked,
    LevelCounts TransfersIn = default,
    LevelCounts TransferCandidates = default,
    LevelCounts TransferredOut = default,
    Oxygen.OxygenLine? Oxygen = null,
    HospitalVentilators? Ventilators = null);
