using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Grains.Checkpoints;
using Capacity.Grains.Contracts;

namespace Capacity.Grains;

/// <summary>A warehouse: holds its state between days and forwards each day to <see cref="WarehouseDay"/>.</summary>
[GrainType("warehouse")]
public sealed class WarehouseGrain : Grain, IWarehouseGrain
{
    private readonly CheckpointStore<WarehouseState> _checkpoints;
    private WarehouseState? _state;
    private ModelParameters? _parameters;

    /// <summary>A warehouse grain; its checkpoints live in <see cref="CheckpointStorage"/>.</summary>
    public WarehouseGrain()
    {
        _checkpoints = new CheckpointStore<WarehouseState>(this, "warehouse");
    }

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
        var (next, step) = WarehouseDay.Run(Opened(_state), input, Opened(_parameters));
        _state = next;
        return Task.FromResult(step);
    }

    /// <inheritdoc />
    public Task Checkpoint(int day) => _checkpoints.SaveAsync(day, Opened(_state));

    /// <inheritdoc />
    public async Task Restore(WarehouseOpening opening, int day)
    {
        _parameters = opening.Parameters;
        _state = await _checkpoints.LoadAsync(day);
    }

    /// <inheritdoc />
    public async Task Close(bool dropCheckpoints)
    {
        if (dropCheckpoints)
        {
            await _checkpoints.ClearAsync();
        }

        DeactivateOnIdle();
    }

    private T Opened<T>(T? value)
        where T : class =>
        value ?? throw new GrainStateLostException($"Warehouse {this.GetPrimaryKeyString()} has no state: it was not opened, or was reactivated since.");
}
