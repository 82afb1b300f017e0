using Orleans;

namespace Capacity.Domain.Reconversion;

/// <summary>
/// The forecast-trigger policy: each day, convert enough blocks of <paramref name="BlockBeds"/> beds for the OOAD's
/// expected COVID census lead days ahead, plus <paramref name="Margin"/>; revert the last block when the beds exceed
/// the need of the next <paramref name="HorizonDays"/> days (from lead days ahead) by more than one block.
/// </summary>
/// <param name="HorizonDays">Days beyond the lead time the need must stay low before a block is reverted (≥ 0).</param>
/// <param name="Margin">Safety margin over the expected census: beds needed = ⌈census × (1 + margin)⌉ per level (≥ 0).</param>
/// <param name="BlockBeds">Beds per converted block (≥ 1).</param>
[GenerateSerializer, Immutable, Alias("capacity.ForecastTrigger")]
public sealed record ForecastTrigger(int HorizonDays, double Margin, int BlockBeds);
