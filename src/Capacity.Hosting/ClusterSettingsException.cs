namespace Capacity.Hosting;

/// <summary>The cluster options are contradictory or incomplete (bad input: the CLI exits 2).</summary>
public sealed class ClusterSettingsException(string message) : Exception(message);
