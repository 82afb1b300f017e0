using Capacity.Scenarios;

namespace Capacity.Results.Batches;

/// <summary>One run of a batch: its sub-directory name (e.g. <c>replica-003</c>) and its loaded scenario.</summary>
public sealed record BatchRun(string Name, LoadedScenario Scenario);
