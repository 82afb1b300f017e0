namespace Capacity.Cluster.Tests.Database;

/// <summary>State of <see cref="IStorageProbeGrain"/>.</summary>
[GenerateSerializer, Alias("Capacity.Cluster.Tests.ProbeState")]
public sealed class ProbeState
{
    [Id(0)] public int Day { get; set; }

    [Id(1)] public string Note { get; set; } = "";

    /// <summary>Whether the storage held a record when the state was read (IPersistentState.RecordExists).</summary>
    [Id(2)] public bool RecordExists { get; set; }
}
