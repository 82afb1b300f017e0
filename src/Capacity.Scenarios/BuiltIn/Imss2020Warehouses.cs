using System.Collections.Immutable;
using System.Globalization;
using Capacity.Domain.Network;

namespace Capacity.Scenarios.BuiltIn;

/// <summary>
/// The supply side of imss-2020: the central Almacén de Programas Especiales y Red Fría, the 37 OOAD warehouses
/// and the 25 UMAE warehouses (seed 003 L21077-21084), and which warehouse fills each hospital's orders.
/// </summary>
/// <remarks>
/// 37 warehouses for 35 OOAD: the seeds do not say which OOADs hold two, so the two OOADs whose warehouses supply
/// the most hospitals (second-level plus rural; ties: more affiliates, then code) get a second one (assumption,
/// docs/network.md). Their hospitals alternate between the two in id order.
/// </remarks>
internal static class Imss2020Warehouses
{
    /// <summary>The warehouses (sorted by id) and the supplying warehouse id of every hospital.</summary>
    internal sealed record Plan(ImmutableArray<Warehouse> Warehouses, IReadOnlyDictionary<string, string> SupplierOf);

    public static Plan Build(IReadOnlyList<Ooad> ooads, IReadOnlyList<HospitalDraft> hospitals)
    {
        const string Central = Imss2020Figures.CentralWarehouseId;
        var warehouses = new List<Warehouse>
        {
            new(Central, Imss2020Figures.CentralWarehouseName, WarehouseKind.Central, null, null),
        };
        var supplierOf = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var umae in hospitals.Where(h => h.Type == HospitalType.Umae))
        {
            var id = UmaeWarehouseId(umae.Id);
            warehouses.Add(new Warehouse(id, $"Almacén {umae.Name}", WarehouseKind.Umae, umae.OoadCode, Central));
            supplierOf.Add(umae.Id, id);
        }

        var doubled = OoadsWithTwoWarehouses(ooads, hospitals);
        foreach (var ooad in ooads)
        {
            var count = doubled.Contains(ooad.Code) ? 2 : 1;
            for (var n = 1; n <= count; n++)
            {
                var name = n == 1 ? $"Almacén Delegacional {ooad.Name}" : $"Almacén Delegacional {ooad.Name} {n}";
                warehouses.Add(new Warehouse(OoadWarehouseId(ooad.Code, n), name, WarehouseKind.Ooad, ooad.Code, Central));
            }

            var supplied = SuppliedByOoad(hospitals, ooad.Code);
            for (var i = 0; i < supplied.Count; i++)
            {
                supplierOf.Add(supplied[i].Id, OoadWarehouseId(ooad.Code, (i % count) + 1));
            }
        }

        var sorted = warehouses.OrderBy(w => w.Id, StringComparer.Ordinal).ToImmutableArray();
        return new Plan(sorted, supplierOf);
    }

    /// <summary><c>wh-&lt;ooad&gt;-&lt;n&gt;</c>, e.g. <c>wh-jal-1</c>.</summary>
    public static string OoadWarehouseId(string ooadCode, int n) =>
        string.Create(CultureInfo.InvariantCulture, $"wh-{ooadCode}-{n}");

    /// <summary><c>wh-&lt;umae hospital id&gt;</c>, e.g. <c>wh-jal-umae-01</c>.</summary>
    public static string UmaeWarehouseId(string umaeHospitalId) => $"wh-{umaeHospitalId}";

    private static HashSet<string> OoadsWithTwoWarehouses(IReadOnlyList<Ooad> ooads, IReadOnlyList<HospitalDraft> hospitals)
    {
        var extra = Imss2020Figures.OoadWarehouses - ooads.Count;
        return ooads
            .OrderByDescending(o => SuppliedByOoad(hospitals, o.Code).Count)
            .ThenByDescending(o => o.Affiliates)
            .ThenBy(o => o.Code, StringComparer.Ordinal)
            .Take(extra)
            .Select(o => o.Code)
            .ToHashSet(StringComparer.Ordinal);
    }

    // Every hospital but the UMAE orders from its OOAD warehouse (seed 003 L21080-21083), in id order.
    private static List<HospitalDraft> SuppliedByOoad(IReadOnlyList<HospitalDraft> hospitals, string ooadCode) =>
        hospitals
            .Where(h => h.Type != HospitalType.Umae && string.Equals(h.OoadCode, ooadCode, StringComparison.Ordinal))
            .OrderBy(h => h.Id, StringComparer.Ordinal)
            .ToList();
}
