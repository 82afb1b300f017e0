using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Simulation;

namespace Capacity.Grains.Contracts;

/// <summary>What a warehouse grain needs to open on day 0 (the central warehouse: with the OOAD of each warehouse it ships to).</summary>
[GenerateSerializer, Immutable, Alias("capacity.WarehouseOpening")]
public sealed record WarehouseOpening(
    ModelParameters Parameters,
    Warehouse Warehouse,
    LevelCounts BedsServed,
    ImmutableSortedDictionary<string, string>? DownstreamOoads = null);
