using System.Collections.Immutable;

namespace Capacity.Domain.Reconversion;

/// <summary>A policy's output for one OOAD and day: its memory for tomorrow and the changes to send.</summary>
public sealed record ReconversionDecision(ReconversionMemory Memory, ImmutableArray<PlannedReconversion> Changes);
