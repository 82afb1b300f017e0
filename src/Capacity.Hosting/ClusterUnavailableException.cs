namespace Capacity.Hosting;

/// <summary>The cluster could not be reached: no silo is running, or PostgreSQL is down or not initialised.</summary>
public sealed class ClusterUnavailableException(string message, Exception inner) : Exception(message, inner);
