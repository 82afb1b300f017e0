using System.Collections.Immutable;
using Capacity.Domain.Care;
using Orleans;

namespace Capacity.Domain.Ventilators;

/// <summary>A hospital's ventilators and its ventilated ICU patients, carried from one day to the next.</summary>
/// <param name="InService">Units that work, idle or in use.</param>
/// <param name="Repair">Units in repair by days left: index k returns to service in k + 1 days (length = repair days).</param>
/// <param name="Ventilated">ICU patients on invasive ventilation by completed days in care (they are ICU patients and hold
/// ICU beds; kept apart from the other ICU patients so each one holds a ventilator while it has one).</param>
/// <param name="Short">Whether the hospital is in a ventilator shortage episode (for events).</param>
[GenerateSerializer, Immutable, Alias("capacity.HospitalFleet")]
public sealed record HospitalFleet(int InService, ImmutableArray<int> Repair, ImmutableArray<int> Ventilated, bool Short)
{
    /// <summary>Units in repair.</summary>
    public int InRepair => CohortFlow.Census(Repair);

    /// <summary>Ventilated ICU patients.</summary>
    public int VentilatedCensus => CohortFlow.Census(Ventilated);

    /// <summary>Ventilators in use: one per ventilated patient, as long as units are in service.</summary>
    public int InUse => Math.Min(VentilatedCensus, InService);

    /// <summary>A hospital on day 0: <see cref="VentilatorSettings.InitialUnits"/> of its opening ICU COVID beds, none in repair, no patient.</summary>
    public static HospitalFleet Open(VentilatorSettings settings, int openingIcuBeds, int maxStayDays) => new(
        settings.InitialUnits(openingIcuBeds),
        ImmutableArray.Create(new int[Math.Max(1, settings.RepairDays)]),
        CohortFlow.Empty(maxStayDays),
        false);
}
