namespace Capacity.Scenarios;

/// <summary>Defaults of the <c>outputs:</c> section beyond the formats (docs/scenarios.md#outputs).</summary>
public static class OutputDefaults
{
    /// <summary>
    /// No charts unless a scenario asks, so scenarios written before the charts write the same files and tests stay
    /// fast; the shipped full-network scenarios set <c>plots: true</c> (a national run's charts cost about a second,
    /// docs/benchmarks.md). Not a model figure: it changes what is written, never what is simulated.
    /// </summary>
    public const bool Plots = false;
}
