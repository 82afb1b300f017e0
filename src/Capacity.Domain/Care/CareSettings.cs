using Orleans;

namespace Capacity.Domain.Care;

/// <summary>Clinical flow parameters.</summary>
/// <param name="Ward">General ward.</param>
/// <param name="Icu">Intensive care.</param>
/// <param name="MaxStayDays">Longest modelled stay; patients still in care after it leave on that day.</param>
/// <param name="StepUpRate">
/// Daily probability that a ward patient (not on a stretcher) deteriorates and needs the ICU (<see cref="LevelTransfers"/>).
/// 0, the default here, gives the flow without step-up.
/// </param>
/// <param name="StepDownShare">
/// Share of the patients leaving the ICU alive who continue their recovery on the ward when a ward bed is free; the rest
/// go home. 0, the default here, discharges every ICU survivor.
/// </param>
[GenerateSerializer, Immutable, Alias("capacity.CareSettings")]
public sealed record CareSettings(LevelCare Ward, LevelCare Icu, int MaxStayDays, double StepUpRate = 0, double StepDownShare = 0)
{
    /// <summary>The parameters of one level.</summary>
    public LevelCare this[CareLevel level] => level == CareLevel.Ward ? Ward : Icu;
}
