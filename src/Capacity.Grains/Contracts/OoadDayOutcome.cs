using System.Collections.Immutable;
using Capacity.Domain.Oxygen;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Transfers;

namespace Capacity.Grains.Contracts;

/// <summary>
/// The care phase of one day for an OOAD: the outcome of each of its hospitals (in id order) and the reconversion
/// orders it decided, with its <see cref="Capacity.Domain.Simulation.EventKind.StaffLimited"/> events, and its own patient
/// moves with the requests and offers left for transfers between OOADs, and its oxygen plant's day (null = oxygen not modelled).
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.OoadDayOutcome")]
public sealed record OoadDayOutcome(ImmutableArray<HospitalDayOutcome> Hospitals, ImmutableArray<ReconversionOrder> Reconversions, ImmutableArray<Capacity.Domain.Simulation.SimEvent> Events, OoadTransfers Transfers, OxygenPlantReport? Plant = null);
