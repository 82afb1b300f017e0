using Orleans;

namespace Capacity.Domain.Ventilators;

/// <summary>A hospital's ventilator day (in <see cref="Care.HospitalDayReport.Ventilators"/>; null when the fleet is off).</summary>
/// <param name="InService">Units that work at the end of the day (idle or in use).</param>
/// <param name="InUse">Units on a patient at the end of the day.</param>
/// <param name="InRepair">Units in repair at the end of the day.</param>
/// <param name="Received">Units delivered today (new purchases and repaired units from outside the network).</param>
/// <param name="Short">ICU patients refused today for lack of a free ventilator (they join the unplaced flow).</param>
/// <param name="InTransit">Units the OOAD moved from another of its hospitals that arrive here tomorrow (set by the OOAD).</param>
/// <param name="VentilatedCensus">Ventilated ICU patients at the end of the day (in the ICU census).</param>
/// <param name="Unventilated">Ventilated patients without a working unit at the end of the day (after breakdowns).</param>
/// <param name="LossDeaths">Deaths today among patients without a ventilator (in the ICU deaths).</param>
/// <param name="Failures">Units that broke down today.</param>
/// <param name="MovedIn">Units another hospital of the OOAD sent that arrived today.</param>
/// <param name="MovedOut">Idle units the OOAD took from this hospital today (they arrive at the other hospital tomorrow).</param>
[GenerateSerializer, Immutable, Alias("capacity.HospitalVentilators")]
public sealed record HospitalVentilators(
    int InService,
    int InUse,
    int InRepair,
    int Received,
    int Short,
    int InTransit,
    int VentilatedCensus,
    int Unventilated,
    int LossDeaths,
    int Failures,
    int MovedIn,
    int MovedOut)
{
    /// <summary>Units the hospital holds or will get tomorrow: in service + in repair + in transit to it.</summary>
    public int Held => InService + InRepair + InTransit;
}
