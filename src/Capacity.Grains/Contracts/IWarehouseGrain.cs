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

    /// <summary>Writes the warehouse's state at the start of <paramref name="day"/> to checkpoint storage.</summary>
    [Alias("Checkpoint")]
    Task Checkpoint(int day);

    /// <summary>Reopens the warehouse from its checkpoint of <paramref name="day"/> (after a failure).</summary>
    [Alias("Restore")]
    Task Restore(WarehouseOpening opening, int day);

    /// <summary>Lets the grain go when its run is over, deleting its checkpoints when <paramref name="dropCheckpoints"/>.</summary>
    [Alias("Close")]
    Task Close(bool dropCheckpoints);
}
