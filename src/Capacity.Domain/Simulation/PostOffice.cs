using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Supply;
using Capacity.Domain.Transfers;

namespace Capacity.Domain.Simulation;

/// <summary>
/// Holds messages between the phase that sends them and the next call to their recipient. Entities only
/// return messages; the engine posts them here and hands each recipient its mail on its next step, where
/// the recipient's inbox applies them at their due tick. Delivery order therefore cannot matter.
/// </summary>
public sealed class PostOffice
{
    private readonly Dictionary<string, List<Shipment>> _hospitalShipments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Shipment>> _warehouseShipments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ReplenishmentOrder>> _warehouseOrders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ReconversionOrder>> _reconversions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LevelCounts> _transfers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _warehouseIds;

    /// <summary>A post office for a network with these warehouses; every other recipient is a hospital.</summary>
    public PostOffice(IEnumerable<string> warehouseIds)
    {
        _warehouseIds = new HashSet<string>(warehouseIds, StringComparer.Ordinal);
    }

    /// <summary>Accepts orders (always addressed to warehouses).</summary>
    public void Post(IEnumerable<ReplenishmentOrder> orders)
    {
        foreach (var order in orders)
        {
            Add(_warehouseOrders, order.RecipientId, order);
        }
    }

    /// <summary>Accepts shipments to hospitals or warehouses.</summary>
    public void Post(IEnumerable<Shipment> shipments)
    {
        foreach (var shipment in shipments)
        {
            Add(_warehouseIds.Contains(shipment.RecipientId) ? _warehouseShipments : _hospitalShipments, shipment.RecipientId, shipment);
        }
    }

    /// <summary>Accepts reconversion orders (always addressed to hospitals).</summary>
    public void Post(IEnumerable<ReconversionOrder> orders)
    {
        foreach (var order in orders)
        {
            Add(_reconversions, order.RecipientId, order);
        }
    }

    /// <summary>Accepts patient transfers (always addressed to hospitals, due the next day).</summary>
    public void Post(IEnumerable<PatientTransfer> transfers)
    {
        foreach (var transfer in transfers)
        {
            _transfers[transfer.ToHospital] = _transfers.GetValueOrDefault(transfer.ToHospital) + transfer.Patients;
        }
    }

    /// <summary>Hands over (and forgets) the patients transferred to a hospital, summed.</summary>
    public LevelCounts CollectTransfers(string hospitalId) =>
        _transfers.Remove(hospitalId, out var patients) ? patients : default;

    /// <summary>Hands over (and forgets) the reconversion orders posted to a hospital.</summary>
    public ImmutableArray<ReconversionOrder> CollectReconversions(string hospitalId) => Take(_reconversions, hospitalId);

    /// <summary>Hands over (and forgets) the shipments posted to a hospital.</summary>
    public ImmutableArray<Shipment> CollectForHospital(string hospitalId) => Take(_hospitalShipments, hospitalId);

    /// <summary>Hands over (and forgets) the mail posted to a warehouse.</summary>
    public WarehouseDayInput CollectForWarehouse(string warehouseId, int day) =>
        new(day, Take(_warehouseOrders, warehouseId), Take(_warehouseShipments, warehouseId));

    /// <summary>The mail held now (for checkpoints, between two days).</summary>
    public PostOfficeSnapshot Snapshot() => new(
        Boxes(_hospitalShipments), Boxes(_warehouseShipments), Boxes(_warehouseOrders), Boxes(_reconversions),
        _transfers.ToImmutableSortedDictionary(StringComparer.Ordinal));

    /// <summary>Replaces the mail held with a <see cref="Snapshot"/>'s.</summary>
    public void Restore(PostOfficeSnapshot snapshot)
    {
        Refill(_hospitalShipments, snapshot.HospitalShipments);
        Refill(_warehouseShipments, snapshot.WarehouseShipments);
        Refill(_warehouseOrders, snapshot.WarehouseOrders);
        Refill(_reconversions, snapshot.Reconversions);
        _transfers.Clear();
        foreach (var (hospital, patients) in snapshot.Transfers)
        {
            _transfers[hospital] = patients;
        }
    }

    private static ImmutableSortedDictionary<string, ImmutableArray<T>> Boxes<T>(Dictionary<string, List<T>> boxes) =>
        boxes.ToImmutableSortedDictionary(b => b.Key, b => b.Value.ToImmutableArray(), StringComparer.Ordinal);

    private static void Refill<T>(Dictionary<string, List<T>> boxes, ImmutableSortedDictionary<string, ImmutableArray<T>> from)
    {
        boxes.Clear();
        foreach (var (recipient, box) in from)
        {
            boxes[recipient] = [.. box];
        }
    }

    private static void Add<T>(Dictionary<string, List<T>> boxes, string recipient, T message)
    {
        if (!boxes.TryGetValue(recipient, out var box))
        {
            box = [];
            boxes[recipient] = box;
        }

        box.Add(message);
    }

    private static ImmutableArray<T> Take<T>(Dictionary<string, List<T>> boxes, string recipient)
    {
        if (!boxes.Remove(recipient, out var box))
        {
            return ImmutableArray<T>.Empty;
        }

        return [.. box];
    }
}
