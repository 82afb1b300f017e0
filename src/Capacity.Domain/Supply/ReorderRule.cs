using Orleans;

namespace Capacity.Domain.Supply;

/// <summary>
/// Days-of-supply reorder rule: when on hand + on order − owed falls below <paramref name="ReorderPointDays"/>
/// of forecast demand, order up to <paramref name="OrderUpToDays"/>. The forecast is the mean daily demand over
/// the scenario's forecast window (fewer days at the start of a run).
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.ReorderRule")]
public sealed record ReorderRule(double ReorderPointDays, double OrderUpToDays)
{
    /// <summary>Units to order now; zero when the position is above the reorder point.</summary>
    public long OrderQuantity(long position, double forecastPerDay)
    {
        if (forecastPerDay <= 0 || position >= ReorderPointDays * forecastPerDay)
        {
            return 0;
        }

        return Math.Max(0, (long)Math.Ceiling(OrderUpToDays * forecastPerDay - position));
    }
}
