namespace Capacity.Grains.Checkpoints;

/// <summary>The grain storage that holds run checkpoints.</summary>
public static class CheckpointStorage
{
    /// <summary>
    /// Name of the grain storage provider every silo must register: memory storage on the embedded silo, ADO.NET
    /// (PostgreSQL) storage on a cluster, where a checkpoint outlives the silo that wrote it.
    /// </summary>
    public const string Name = "checkpoints";
}
