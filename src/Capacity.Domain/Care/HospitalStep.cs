using System.Collections.Immutable;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;

namespace Capacity.Domain.Care;

/// <summary>A hospital's day: its next state, its report, the orders it places and its events.</summary>
public readonly record struct HospitalStep(
    HospitalState Next,
    HospitalDayReport Report,
    ImmutableArray<ReplenishmentOrder> Orders,
    ImmutableArray<SimEvent> Events);
