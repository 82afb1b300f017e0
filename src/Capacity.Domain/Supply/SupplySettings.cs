using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Supply;

/// <summary>PPE consumption, stocking and replenishment.</summary>
/// <param name="Items">One entry per <see cref="SupplyItem"/>, in enum order.</param>
/// <param name="HospitalReorder">Rule hospitals use to order from their warehouse.</param>
/// <param name="RegionalReorder">Rule OOAD and UMAE warehouses use to order from the central warehouse.</param>
/// <param name="CentralReorder">Rule the central warehouse uses to order from suppliers.</param>
/// <param name="LeadTimes">Transport days per leg.</param>
/// <param name="InitialStock">Opening stock per tier.</param>
/// <param name="ForecastWindowDays">Days of history in the mean-use forecast and in days of supply.</param>
/// <param name="Policy">How stock moves down the network.</param>
/// <param name="PushReserveDays">Push only: days of the network's reference use the central warehouse keeps back.</param>
/// <param name="StockOutAbsence">Staff absence caused by stock-outs; null = none.</param>
[GenerateSerializer, Immutable, Alias("capacity.SupplySettings")]
public sealed record SupplySettings(
    ImmutableArray<ItemSettings> Items,
    ReorderRule HospitalReorder,
    ReorderRule RegionalReorder,
    ReorderRule CentralReorder,
    LeadTimes LeadTimes,
    InitialStock InitialStock,
    int ForecastWindowDays,
    SupplyPolicyKind Policy = SupplyPolicyKind.DaysOfSupply,
    double PushReserveDays = 0,
    StockOutAbsence? StockOutAbsence = null)
{
    /// <summary>Settings of one item.</summary>
    public ItemSettings this[SupplyItem item] => Items[(int)item];
}
