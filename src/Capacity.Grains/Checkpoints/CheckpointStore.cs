using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Capacity.Grains.Checkpoints;

/// <summary>
/// One grain's checkpoints in the <see cref="CheckpointStorage"/> provider. The grain reads and writes them only when
/// the run asks (not on activation), so a run without checkpoints needs no storage at all and a reactivated grain does
/// not touch the database until the run restores it.
/// </summary>
/// <typeparam name="T">The entity's state record.</typeparam>
internal sealed class CheckpointStore<T>
{
    private readonly Grain _grain;
    private readonly string _stateName;
    private GrainState<CheckpointSlots<T>>? _stored;

    /// <summary>The checkpoints of <paramref name="grain"/> under <paramref name="stateName"/>.</summary>
    /// <remarks>
    /// ADO.NET storage keys a record by state name and grain key only (not by grain type), and an OOAD code may equal a
    /// warehouse id: each grain type therefore uses its own state name.
    /// </remarks>
    public CheckpointStore(Grain grain, string stateName)
    {
        _grain = grain;
        _stateName = stateName;
    }

    /// <summary>Writes <paramref name="state"/> as the grain's checkpoint of <paramref name="day"/>.</summary>
    public async Task SaveAsync(int day, T state)
    {
        var stored = await StoredAsync();
        var previous = stored.State;
        stored.State = (previous ?? CheckpointSlots<T>.None).With(day, state);
        await Guard("write", day, () => Storage.WriteStateAsync(_stateName, _grain.GetGrainId(), stored));
    }

    /// <summary>Reads the grain's checkpoint of <paramref name="day"/>.</summary>
    public async Task<T> LoadAsync(int day)
    {
        _stored = null;
        var slot = (await StoredAsync()).State?.At(day)
            ?? throw new CheckpointUnavailableException($"{_grain.GetGrainId()} has no checkpoint of day {day}.");
        return slot.State;
    }

    /// <summary>Reads the grain's newest checkpoint.</summary>
    public async Task<CheckpointSlot<T>> LoadLatestAsync()
    {
        _stored = null;
        var slots = (await StoredAsync()).State?.Slots ?? [];
        return slots.IsDefaultOrEmpty
            ? throw new CheckpointUnavailableException($"{_grain.GetGrainId()} has no checkpoint.")
            : slots.MaxBy(s => s.Day)!;
    }

    /// <summary>Deletes the grain's checkpoints (the run is over).</summary>
    public async Task ClearAsync()
    {
        var stored = await StoredAsync();
        if (stored.RecordExists)
        {
            await Guard("clear", -1, () => Storage.ClearStateAsync(_stateName, _grain.GetGrainId(), stored));
        }
    }

    private IGrainStorage Storage => _grain.GrainContext.ActivationServices.GetKeyedService<IGrainStorage>(CheckpointStorage.Name)
        ?? throw new CheckpointUnavailableException(
            $"No grain storage named '{CheckpointStorage.Name}' is registered on this silo; checkpoints need it.");

    // The first access of an activation reads the record, which also gives the ETag the next write must quote.
    private async Task<GrainState<CheckpointSlots<T>>> StoredAsync()
    {
        if (_stored is null)
        {
            var stored = new GrainState<CheckpointSlots<T>>();
            await Guard("read", -1, () => Storage.ReadStateAsync(_stateName, _grain.GetGrainId(), stored));
            _stored = stored;
        }

        return _stored;
    }

    // Storage exceptions (Npgsql's among them) do not all cross silos, and the run must tell "storage failed" from a
    // model error: both become a CheckpointUnavailableException with the original message. A failed write also forgets
    // the ETag, since the store may or may not have applied it.
    private async Task Guard(string action, int day, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception e) when (e is not CheckpointUnavailableException)
        {
            _stored = null;
            var what = day >= 0 ? $" of day {day}" : string.Empty;
            throw new CheckpointUnavailableException($"Checkpoint {action}{what} failed for {_grain.GetGrainId()}: {e.GetType().Name}: {e.Message}");
        }
    }
}
