using Orleans;

namespace Capacity.Domain.Equipment;

/// <summary>
/// A batch of one item that arrives evenly, in whole units, from <paramref name="From"/> to <paramref name="To"/>
/// (inclusive): by a date d in between, ⌊Quantity × (d − From + 1) ÷ (To − From + 1)⌋ units have arrived.
/// </summary>
/// <param name="Item">The item.</param>
/// <param name="Quantity">Units in the batch (≥ 0).</param>
/// <param name="From">First delivery day.</param>
/// <param name="To">Last delivery day (on or after <paramref name="From"/>); the whole batch has arrived then.</param>
/// <param name="Ooad">The OOAD it goes to; null = a national batch, shared among the OOADs by
/// <see cref="EquipmentSettings.Allocation"/>.</param>
[GenerateSerializer, Immutable, Alias("capacity.EquipmentDelivery")]
public sealed record EquipmentDelivery(EquipmentItem Item, int Quantity, DateOnly From, DateOnly To, string? Ooad = null)
{
    /// <summary>Units of the batch that have arrived by the end of <paramref name="date"/>.</summary>
    public int DeliveredBy(DateOnly date)
    {
        if (Quantity <= 0 || date < From)
        {
            return 0;
        }

        if (date >= To)
        {
            return Quantity;
        }

        long span = To.DayNumber - From.DayNumber + 1;
        long elapsed = date.DayNumber - From.DayNumber + 1;
        return (int)(Quantity * elapsed / span);
    }
}
