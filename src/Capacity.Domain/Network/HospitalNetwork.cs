using System.Collections.Immutable;
using Orleans;

namespace Capacity.Domain.Network;

/// <summary>
/// The static network a run simulates: OOADs, hospitals and warehouses, each list sorted by id so
/// every consumer iterates in the same order.
/// </summary>
[GenerateSerializer, Immutable, Alias("capacity.HospitalNetwork")]
public sealed record HospitalNetwork(
    string Name,
    ImmutableArray<Ooad> Ooads,
    ImmutableArray<Hospital> Hospitals,
    ImmutableArray<Warehouse> Warehouses)
{
    /// <summary>The id of the single central warehouse.</summary>
    public string CentralWarehouseId => Warehouses.Single(w => w.Kind == WarehouseKind.Central).Id;

    /// <summary>Hospitals of one OOAD, in id order.</summary>
    public ImmutableArray<Hospital> HospitalsOf(string ooadCode) =>
        Hospitals.Where(h => h.OoadCode == ooadCode).ToImmutableArray();

    /// <summary>
    /// Structural problems (duplicate ids, dangling references, unsorted lists, missing central warehouse);
    /// empty when the network is usable.
    /// </summary>
    public ImmutableArray<string> Problems()
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        CheckSortedUnique(Ooads.Select(o => o.Code), "OOAD", problems);
        CheckSortedUnique(Hospitals.Select(h => h.Id), "hospital", problems);
        CheckSortedUnique(Warehouses.Select(w => w.Id), "warehouse", problems);
        var ooads = Ooads.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var warehouses = Warehouses.ToDictionary(w => w.Id, StringComparer.Ordinal);
        if (Warehouses.Count(w => w.Kind == WarehouseKind.Central) != 1)
        {
            problems.Add("the network needs exactly one central warehouse");
        }

        foreach (var ooad in Ooads.Where(o => !Hospitals.Any(h => h.OoadCode == o.Code)))
        {
            problems.Add($"OOAD '{ooad.Code}' has no hospitals: its patients would have nowhere to go");
        }

        foreach (var h in Hospitals)
        {
            if (!ooads.Contains(h.OoadCode))
            {
                problems.Add($"hospital '{h.Id}' names unknown OOAD '{h.OoadCode}'");
            }

            if (!warehouses.TryGetValue(h.WarehouseId, out var wh) || wh.Kind == WarehouseKind.Central)
            {
                problems.Add($"hospital '{h.Id}' names unknown or central warehouse '{h.WarehouseId}'");
            }

            if (h.CensusBeds < 0)
            {
                problems.Add($"hospital '{h.Id}' has negative census beds");
            }
        }

        foreach (var w in Warehouses.Where(w => w.Kind != WarehouseKind.Central))
        {
            if (w.UpstreamId is null || !warehouses.TryGetValue(w.UpstreamId, out var up) || up.Kind != WarehouseKind.Central)
            {
                problems.Add($"warehouse '{w.Id}' must order from the central warehouse");
            }
        }

        return problems.ToImmutable();
    }

    private static void CheckSortedUnique(IEnumerable<string> ids, string what, ImmutableArray<string>.Builder problems)
    {
        string? previous = null;
        foreach (var id in ids)
        {
            if (previous is not null && string.CompareOrdinal(previous, id) >= 0)
            {
                problems.Add($"{what} ids must be unique and sorted (ordinal): '{previous}' then '{id}'");
            }

            previous = id;
        }
    }
}
