using Orleans;

namespace Capacity.Domain.Shocks;

/// <summary>A stress-test shock, active on <paramref name="Days"/> days from <paramref name="From"/>.</summary>
/// <param name="Kind">What it does.</param>
/// <param name="From">First day.</param>
/// <param name="Days">How many days it lasts (≥ 1).</param>
/// <param name="Value">Demand surge: the multiplier; staff absence: the extra absent share; oxygen plant outage: the share of capacity lost.</param>
/// <param name="Ooad">Demand surge, oxygen plant outage: the OOAD it hits; null = every OOAD.</param>
[GenerateSerializer, Immutable, Alias("capacity.Shock")]
public sealed record Shock(ShockKind Kind, DateOnly From, int Days, double Value, string? Ooad)
{
    /// <summary>Whether the shock is active on a date.</summary>
    public bool ActiveOn(DateOnly date) => date >= From && date.DayNumber < From.DayNumber + Days;
}
