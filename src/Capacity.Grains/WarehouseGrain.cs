using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Grains.Contracts;

namespace Capacity.Grains;

/// <summary>A warehouse: holds its state between days and forwards each day to <see cref="WarehouseDay"/>.</summary>
[GrainType("warehouse")]
public sealed class WarehouseGrain : Grain, IWarehouseGrain
{
    private WarehouseState? _state;
    private ModelParameters? _parameters;

    /// <inheritdoc />
    public Task Open(WarehouseOpening opening)
    {
        _parameters = opening.Parameters;
        _state = WarehouseState.Open(opening.Warehouse, opening.BedsServed, opening.Parameters, opening.DownstreamOoads);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<WarehouseStep> RunDay(WarehouseDayInput input)
    {
        if (_state is null || _parameters is null)
        {
            throw new InvalidOperationException($"Warehouse {this.GetPrimaryKeyString()} was not opened.");
        }

        var (next, step) = WarehouseDay.Run(_state, input, _parameters);
        _state = next;
        return Task.FromResult(step);
    }

    /// <inheritdoc />
    public Task Close()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
