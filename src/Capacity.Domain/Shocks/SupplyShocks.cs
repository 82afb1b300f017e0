using System.Collections.Immutable;
using Capacity.Domain.Supply;

namespace Capacity.Domain.Shocks;

/// <summary>What the active supply shocks do on a date (pure; the warehouse day applies them).</summary>
public static class SupplyShocks
{
    /// <summary>Product of the lead-time factors of the supplier delays active for an item (1 without any).</summary>
    public static double SupplierLeadFactor(ImmutableArray<Shock> shocks, SupplyItem item, DateOnly date)
    {
        var factor = 1.0;
        foreach (var shock in Active(shocks, ShockKind.SupplierDelay, date))
        {
            if (shock.Item is null || shock.Item == item)
            {
                factor *= shock.Value;
            }
        }

        return factor;
    }

    /// <summary>Supplier lead days for a release today: the base days × the active factors, rounded up, at least 1.</summary>
    public static int SupplierLeadDays(ImmutableArray<Shock> shocks, SupplyItem item, DateOnly date, int baseDays)
    {
        var factor = SupplierLeadFactor(shocks, item, date);
        return factor == 1.0 ? baseDays : Math.Max(1, (int)Math.Ceiling(baseDays * factor - 1e-9));
    }

    /// <summary>Whether an embargo stops every supplier release of the item on the date.</summary>
    public static bool Embargoed(ImmutableArray<Shock> shocks, SupplyItem item, DateOnly date) =>
        Active(shocks, ShockKind.SupplierEmbargo, date).Any(s => s.Item is null || s.Item == item);

    /// <summary>Whether a warehouse is out of service on the date (ships and receives nothing).</summary>
    public static bool OutOfService(ImmutableArray<Shock> shocks, string warehouseId, DateOnly date) =>
        Active(shocks, ShockKind.WarehouseOutage, date).Any(s => s.Warehouse == warehouseId);

    /// <summary>Extra lead days on a leg into an OOAD for a shipment sent on the date (sum of the active disruptions).</summary>
    public static int ExtraLeadDays(ImmutableArray<Shock> shocks, string? ooadCode, DateOnly date) =>
        (int)Active(shocks, ShockKind.TransportDisruption, date)
            .Where(s => s.Ooad is null || s.Ooad == ooadCode)
            .Sum(s => Math.Round(s.Value, MidpointRounding.AwayFromZero));

    private static IEnumerable<Shock> Active(ImmutableArray<Shock> shocks, ShockKind kind, DateOnly date) =>
        (shocks.IsDefault ? [] : shocks).Where(s => s.Kind == kind && s.ActiveOn(date));
}
