namespace Capacity.Domain.Equipment;

/// <summary>ICU COVID places an OOAD's equipment can equip on a date and the item that limits them.</summary>
/// <param name="Places">Places equipped (<see cref="int.MaxValue"/> when no item is required).</param>
/// <param name="Binding">The item that runs out first; null when no item is required.</param>
public readonly record struct EquippedPlaces(int Places, EquipmentItem? Binding);
