namespace Capacity.Cluster.Tests.Database;

/// <summary>A grain whose only job is to write, read and clear its state in the "checkpoints" ADO.NET storage.</summary>
[Alias("Capacity.Cluster.Tests.IStorageProbeGrain")]
public interface IStorageProbeGrain : IGrainWithIntegerKey
{
    [Alias("Write")]
    Task Write(int day, string note);

    [Alias("Read")]
    Task<ProbeState> Read();

    [Alias("Clear")]
    Task Clear();

    /// <summary>Ends this activation after the call, so the next call reads the state back from storage.</summary>
    [Alias("Deactivate")]
    Task Deactivate();
}
