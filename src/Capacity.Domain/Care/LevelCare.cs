using Orleans;

namespace Capacity.Domain.Care;

/// <summary>Clinical parameters of one care level.</summary>
/// <param name="MeanStayDays">Mean length of stay (ward 5 d, ICU 10 d: seed 003 L2235-2243).</param>
/// <param name="StayCv">Coefficient of variation of the stay (gamma distribution, discretised by day).</param>
/// <param name="DeathRate">Probability that a patient who leaves this level dies rather than is discharged.</param>
/// <param name="TurnedAwayDeathRate">Probability of death for a patient of this level who finds no bed.</param>
[GenerateSerializer, Immutable, Alias("capacity.LevelCare")]
public sealed record LevelCare(double MeanStayDays, double StayCv, double DeathRate, double TurnedAwayDeathRate);
