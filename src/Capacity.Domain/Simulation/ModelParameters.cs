using System.Collections.Immutable;
using Orleans;
using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Oxygen;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Shocks;
using Capacity.Domain.Staffing;
using Capacity.Domain.Supply;
using Capacity.Domain.Transfers;
using Capacity.Domain.Ventilators;

namespace Capacity.Domain.Simulation;

/// <summary>The scenario's model parameters, sent once to every grain of a run (staffing: null = no staff limit; transfers: null = none; oxygen: null = not modelled).</summary>
[GenerateSerializer, Immutable, Alias("capacity.ModelParameters")]
public sealed record ModelParameters(
    long Seed,
    DateOnly Start,
    int Days,
    WaveDemandSettings Demand,
    CareSettings Care,
    CapacitySettings Capacity,
    SupplySettings Supply,
    ReconversionSettings Reconversion,
    StaffingSettings? Staffing = null,
    TransferSettings? Transfers = null,
    ImmutableArray<Shock> Shocks = default,
    OxygenSettings? Oxygen = null,
    VentilatorSettings? Ventilators = null);
