using Capacity.Domain.Equipment;

namespace Capacity.Results.Tables;

/// <summary>
/// A region's equipment on one day: the units on hand (<see cref="OoadEquipment.On"/>), the ICU COVID places they
/// equip and the binding item, exactly what the OOAD's <see cref="EquipmentConstraint"/> used that day when equipment
/// is enabled (it is reported either way).
/// </summary>
/// <param name="Units">Units on hand per item.</param>
/// <param name="PlacesEquipped">ICU COVID places equipped (nationally: Σ of the OOADs'); <see cref="int.MaxValue"/> when no
/// item is required.</param>
/// <param name="Binding">The item that binds (OOAD rows only); null nationally or when nothing is required.</param>
internal readonly record struct RegionEquipment(EquipmentUnits Units, int PlacesEquipped, EquipmentItem? Binding)
{
    /// <summary>No equipment settings: zeros and no binding item.</summary>
    public static RegionEquipment None { get; } = new(EquipmentUnits.None, 0, null);

    /// <summary>The columns, appended at the end of <c>daily_ooad</c> and <c>daily_national</c>.</summary>
    public static IEnumerable<Column> Columns { get; } =
    [
        .. EquipmentItems.All.Select(i => TableLayout.Int(EquipmentItems.Code(i) + "s")),
        TableLayout.Int("icu_places_equipped"),
        TableLayout.Text("equipment_binding", optional: true),
    ];

    /// <summary>One OOAD's equipment on a date; with the ventilator fleet on, its ventilators are the fleet's
    /// (<paramref name="fleetVentilators"/>: in service + in repair + in transit), as the equipment limit counts them.</summary>
    public static RegionEquipment Of(OoadEquipment equipment, DateOnly date, int? fleetVentilators = null)
    {
        var units = fleetVentilators is { } fleet ? equipment.On(date) with { Ventilators = fleet } : equipment.On(date);
        var equipped = equipment.PerIcuBed.Equipped(units);
        return new RegionEquipment(units, equipped.Places, equipped.Binding);
    }

    /// <summary>The national row: units and places summed over the OOADs, no binding item.</summary>
    public static RegionEquipment Sum(IEnumerable<RegionEquipment> regions)
    {
        var (units, places) = (EquipmentUnits.None, 0L);
        foreach (var r in regions)
        {
            units += r.Units;
            places += r.PlacesEquipped;
        }

        return new RegionEquipment(units, (int)Math.Min(int.MaxValue, places), null);
    }

    /// <summary>The cells, in <see cref="Columns"/> order.</summary>
    public void Write(IRowSink row)
    {
        foreach (var item in EquipmentItems.All)
        {
            row.Int(Units.For(item));
        }

        row.Int(PlacesEquipped);
        row.Text(Binding is { } binding ? EquipmentItems.Code(binding) : null);
    }
}
