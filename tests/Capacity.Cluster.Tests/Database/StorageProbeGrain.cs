namespace Capacity.Cluster.Tests.Database;

/// <summary>Keeps its state in the provider named "checkpoints", the name the Capacity silos use.</summary>
public sealed class StorageProbeGrain(
    [PersistentState("probe", "checkpoints")] IPersistentState<ProbeState> state) : Grain, IStorageProbeGrain
{
    public async Task Write(int day, string note)
    {
        state.State.Day = day;
        state.State.Note = note;
        await state.WriteStateAsync();
    }

    public Task<ProbeState> Read() => Task.FromResult(new ProbeState
    {
        Day = state.State.Day,
        Note = state.State.Note,
        RecordExists = state.RecordExists,
    });

    public Task Clear() => state.ClearStateAsync();

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
