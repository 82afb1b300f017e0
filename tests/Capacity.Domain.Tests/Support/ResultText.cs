using System.Globalization;
using System.Text;
using Capacity.Domain.Care;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Tests.Support;

/// <summary>
/// A canonical text of a <see cref="DayResult"/>: every field, invariant culture, doubles round-trippable.
/// Records holding immutable arrays do not compare by value, so determinism tests compare this text.
/// </summary>
public static class ResultText
{
    public static string Of(DayResult day)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"day {day.Day} {day.Date:yyyy-MM-dd}\n");
        foreach (var h in day.Hospitals)
        {
            text.Append(CultureInfo.InvariantCulture, $"hospital {h.HospitalId} {h.OoadCode} beds {Pair(h.Beds)} arrivals {Pair(h.Arrivals)}");
            text.Append(CultureInfo.InvariantCulture, $" admitted {Pair(h.Admitted)} away {Pair(h.TurnedAway)} discharged {Pair(h.Discharged)}");
            text.Append(CultureInfo.InvariantCulture, $" died {Pair(h.Died)} away-deaths {h.TurnedAwayDeaths} census {Pair(h.Census)}\n");
            foreach (var s in h.Stock)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {s.Item} {s.OnHand} {s.OnOrder} {s.Received} {s.Demand} {s.Consumed} {s.Shortfall} {s.MeanDemand:R}\n");
            }
        }

        foreach (var w in day.Warehouses)
        {
            text.Append(CultureInfo.InvariantCulture, $"warehouse {w.WarehouseId} {w.Kind}\n");
            foreach (var s in w.Stock)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {s.Item} {s.OnHand} {s.OnOrder} {s.InTransitOut} {s.Received} {s.Requested} {s.Shipped} {s.Backordered} {s.MeanDemand:R}\n");
            }
        }

        foreach (var e in day.Events)
        {
            text.Append(CultureInfo.InvariantCulture, $"event {e.Day} {e.EntityId} {e.Kind} {e.Subject} {e.Detail}\n");
        }

        return text.ToString();
    }

    /// <summary>The text of a whole run.</summary>
    public static string Of(IEnumerable<DayResult> days) => string.Concat(days.Select(Of));

    private static string Pair(LevelCounts counts) => string.Create(CultureInfo.InvariantCulture, $"{counts.Ward}/{counts.Icu}");
}
