using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;

namespace Capacity.Grains.Checkpoints;

/// <summary>What an OOAD grain checkpoints: its own state and its hospitals' (in id order, as it steps them).</summary>
/// <param name="Ooad">The OOAD's state.</param>
/// <param name="Hospitals">Its hospitals' states, in ordinal id order.</param>
[GenerateSerializer, Immutable, Alias("capacity.OoadCheckpoint")]
public sealed record OoadCheckpoint(OoadState Ooad, ImmutableArray<HospitalState> Hospitals);
