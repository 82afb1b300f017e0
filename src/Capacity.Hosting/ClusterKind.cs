namespace Capacity.Hosting;

/// <summary>Where a Capacity process finds its cluster.</summary>
public enum ClusterKind
{
    /// <summary>A single silo inside the process: localhost clustering, memory storage, no database (the default).</summary>
    Embedded,

    /// <summary>An Orleans cluster whose membership table and checkpoint storage live in PostgreSQL.</summary>
    Postgres,
}
