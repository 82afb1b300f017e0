using Capacity.Domain.Supply;

namespace Capacity.Grains.Contracts;

/// <summary>A warehouse of one run (key: <c>runId/warehouseId</c>).</summary>
[Alias("capacity.IWarehouseGrain")]
public interface IWarehouseGrain : IGrainWithStringKey
{
    /// <summary>Opens the warehouse at day 0 with its opening stock.</summary>
    [Alias("Open")]
    Task Open(WarehouseOpening opening);

    /// <summary>Runs the supply phase of one day.</summary>
    [Alias("RunDay")]
    Task<WarehouseStep> RunDay(WarehouseDayInput input);

    /// <summary>Lets the grain go when its run is over.</summary>
    [Alias("Close")]
    Task Close();
}
