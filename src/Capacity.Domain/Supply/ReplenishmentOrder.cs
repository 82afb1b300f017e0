using Orleans;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Supply;

/// <summary>A request for stock from a hospital to its warehouse or from a warehouse to the central warehouse.</summary>
[GenerateSerializer, Immutable, Alias("capacity.ReplenishmentOrder")]
public sealed record ReplenishmentOrder(
    string SenderId,
    string RecipientId,
    SupplyItem Item,
    long Quantity,
    int PlacedDay,
    int DueDay,
    int Seq) : IInboxMessage;
