using Orleans.Serialization;
using Orleans.Storage;

namespace Capacity.Grains.Tests.Support;

/// <summary>
/// One silo's checkpoint storage for in-process clusters: every record goes through that silo's Orleans binary
/// serializer, as on PostgreSQL, so a state member the serializer drops shows up as a replay mismatch here.
/// </summary>
public sealed class SerializingCheckpointStorage(CheckpointRecords records, Serializer serializer) : IGrainStorage
{
    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var record = records.Read(Key(stateName, grainId));
        grainState.State = record is { } found ? serializer.Deserialize<T>(found.Payload) : default!;
        grainState.ETag = record?.ETag;
        grainState.RecordExists = record is not null;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        grainState.ETag = records.Write(Key(stateName, grainId), grainState.ETag, serializer.SerializeToArray(grainState.State));
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        records.Clear(Key(stateName, grainId), grainState.ETag);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private static string Key(string stateName, GrainId grainId) => $"{stateName}/{grainId.Key}";
}
