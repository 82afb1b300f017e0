using Capacity.Domain.Simulation;

namespace Capacity.Results.Batches;

/// <summary>An engine ready to step one run, and the silos it runs on (0 for the inline kernel).</summary>
public sealed record StartedEngine(ISimulationEngine Engine, int Silos);
