using Orleans;

namespace Capacity.Domain.Care;

/// <summary>Clinical flow parameters.</summary>
/// <param name="Ward">General ward.</param>
/// <param name="Icu">Intensive care.</param>
/// <param name="MaxStayDays">Longest modelled stay; patients still in care after it leave on that day.</param>
[GenerateSerializer, Immutable, Alias("capacity.CareSettings")]
public sealed record CareSettings(LevelCare Ward, LevelCare Icu, int MaxStayDays)
{
    /// <summary>The parameters of one level.</summary>
    public LevelCare this[CareLevel level] => level == CareLevel.Ward ? Ward : Icu;
}
