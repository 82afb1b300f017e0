using Orleans;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Supply;

/// <summary>Stock on its way; the receiver books it on <see cref="DueDay"/>.</summary>
[GenerateSerializer, Immutable, Alias("capacity.Shipment")]
public sealed record Shipment(
    string SenderId,
    string RecipientId,
    SupplyItem Item,
    long Quantity,
    int ShippedDay,
    int DueDay,
    int Seq) : IInboxMessage;
