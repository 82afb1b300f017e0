using Capacity.Domain.Simulation;

namespace Capacity.Grains.Checkpoints;

/// <summary>What a run was started with, kept so a simulation grain reactivated on another silo can lay the run out again.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="CheckpointEveryDays">Days between checkpoints.</param>
[GenerateSerializer, Immutable, Alias("capacity.RunDefinition")]
public sealed record RunDefinition(Scenario Scenario, int CheckpointEveryDays);
