using Capacity.Domain.Simulation;

namespace Capacity.Results.Batches;

/// <summary>
/// Starts an engine for one run of a batch. Results knows no Orleans: the host (CLI, web) decides the engine, and
/// for grains gives each run its own run id on a shared cluster, so runs can step concurrently.
/// </summary>
public delegate Task<StartedEngine> EngineFactory(Scenario scenario, CancellationToken cancellationToken);
