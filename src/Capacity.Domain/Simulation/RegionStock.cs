using Orleans;
using Capacity.Domain.Supply;

namespace Capacity.Domain.Simulation;

/// <summary>One item summed over a region's hospitals and warehouses.</summary>
/// <param name="Item">The item.</param>
/// <param name="HospitalOnHand">Units in the region's hospital stores.</param>
/// <param name="WarehouseOnHand">Units in the region's warehouses (national: including the central warehouse).</param>
/// <param name="Demand">Hospital demand today.</param>
/// <param name="Consumed">Hospital use today.</param>
/// <param name="Shortfall">Hospital demand not met today.</param>
/// <param name="HospitalMeanDemand">Sum of the hospitals' mean daily demand.</param>
/// <param name="HospitalsStockedOut">Hospitals with unmet demand today.</param>
[GenerateSerializer, Immutable, Alias("capacity.RegionStock")]
public sealed record RegionStock(
    SupplyItem Item,
    long HospitalOnHand,
    long WarehouseOnHand,
    long Demand,
    long Consumed,
    long Shortfall,
    double HospitalMeanDemand,
    int HospitalsStockedOut)
{
    /// <summary>Hospital on hand ÷ hospital mean daily demand; null while there is no demand.</summary>
    public double? HospitalDaysOfSupply => HospitalMeanDemand > 0 ? HospitalOnHand / HospitalMeanDemand : null;
}
