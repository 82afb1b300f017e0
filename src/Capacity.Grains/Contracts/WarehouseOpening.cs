using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Simulation;

namespace Capacity.Grains.Contracts;

/// <summary>What a warehouse grain needs to open on day 0.</summary>
[GenerateSerializer, Immutable, Alias("capacity.WarehouseOpening")]
public sealed record WarehouseOpening(ModelParameters Parameters, Warehouse Warehouse, LevelCounts BedsServed);
