using System.Text.RegularExpressions;
using Capacity.Domain.Network;
using Capacity.Scenarios.BuiltIn;
using Capacity.Scenarios.Scaling;

namespace Capacity.Scenarios.Tests.Scaling;

public sealed class ScaledNetworkTests
{
    private static readonly HospitalNetwork National = BuiltInNetworks.Find(BuiltInNetworks.Imss2020)!;

    [Fact]
    public void Ten_times_network_has_ten_times_each_tier_in_every_ooad()
    {
        var scaled = ScaledNetwork.Of(National, 10);

        Assert.Equal(Tiers(National, 10), Tiers(scaled, 1));
        Assert.Equal(3_650, scaled.Hospitals.Length);
    }

    [Fact]
    public void Ten_times_network_keeps_the_35_ooads_with_ten_times_their_affiliates()
    {
        var scaled = ScaledNetwork.Of(National, 10);

        Assert.Equal(
            National.Ooads.Select(o => (o.Code, o.Name, o.State, o.Affiliates * 10)),
            scaled.Ooads.Select(o => (o.Code, o.Name, o.State, o.Affiliates)));
        Assert.Equal(35, scaled.Ooads.Length);
        Assert.Equal("imss-2020-x10", scaled.Name);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    [InlineData(100)]
    public void Scaled_networks_have_no_problems_and_one_central_warehouse(int factor)
    {
        var scaled = ScaledNetwork.Of(National, factor);

        Assert.Empty(scaled.Problems());
        Assert.Equal("central", Assert.Single(scaled.Warehouses, w => w.Kind == WarehouseKind.Central).Id);
        Assert.Equal(1 + ((National.Warehouses.Length - 1) * factor), scaled.Warehouses.Length);
        Assert.Equal(National.Hospitals.Length * factor, scaled.Hospitals.Length);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    public void Ids_are_unique_and_sorted_and_replicas_follow_their_original_in_number_order(int factor)
    {
        var scaled = ScaledNetwork.Of(National, factor);
        var ids = scaled.Hospitals.Select(h => h.Id).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var start = ids.IndexOf("jal-hgz-001");
        Assert.Equal(
            ["jal-hgz-001", .. Enumerable.Range(2, factor - 1).Select(n => ScaledNetwork.ReplicaId("jal-hgz-001", n, factor))],
            ids.Skip(start).Take(factor));
        Assert.Equal("jal-hgz-002", ids[start + factor]);
    }

    [Fact]
    public void Replica_ids_are_padded_to_the_width_of_the_factor()
    {
        Assert.Equal(
            ["x-r02", "x-r09", "x-r02", "x-r10", "x-r99", "x-r002", "x-r100", "x-r0002"],
            [
                ScaledNetwork.ReplicaId("x", 2, 2), ScaledNetwork.ReplicaId("x", 9, 9), ScaledNetwork.ReplicaId("x", 2, 10),
                ScaledNetwork.ReplicaId("x", 10, 10), ScaledNetwork.ReplicaId("x", 99, 99), ScaledNetwork.ReplicaId("x", 2, 100),
                ScaledNetwork.ReplicaId("x", 100, 100), ScaledNetwork.ReplicaId("x", 2, 1000),
            ]);
    }

    [Fact]
    public void Every_replica_keeps_its_originals_ooad_type_and_beds_and_is_supplied_by_the_matching_replica_warehouse()
    {
        var scaled = ScaledNetwork.Of(National, 10).Hospitals.ToDictionary(h => h.Id);

        foreach (var original in National.Hospitals)
        {
            foreach (var (id, n) in ScaledNetwork.ReplicaIds(original.Id, 10).Select((id, i) => (id, i + 2)))
            {
                var replica = scaled[id];
                Assert.Equal(
                    (original.OoadCode, original.Type, original.CensusBeds, ScaledNetwork.ReplicaId(original.WarehouseId, n, 10)),
                    (replica.OoadCode, replica.Type, replica.CensusBeds, replica.WarehouseId));
            }
        }
    }

    [Fact]
    public void Warehouse_replicas_keep_kind_and_ooad_and_order_from_central()
    {
        var scaled = ScaledNetwork.Of(National, 10).Warehouses.ToDictionary(w => w.Id);

        foreach (var original in National.Warehouses.Where(w => w.Kind != WarehouseKind.Central))
        {
            Assert.All(
                ScaledNetwork.ReplicaIds(original.Id, 10).Select(id => scaled[id]),
                replica => Assert.Equal((original.Kind, original.OoadCode, "central"), (replica.Kind, replica.OoadCode, replica.UpstreamId)));
        }
    }

    [Fact]
    public void Building_twice_gives_equal_networks_and_the_cache_returns_one_instance()
    {
        var first = ScaledNetwork.Build(National, 10);
        var second = ScaledNetwork.Build(National, 10);

        Assert.NotSame(first, second);
        Assert.Equal(first.Name, second.Name);
        Assert.Equal(first.Ooads, second.Ooads);
        Assert.Equal(first.Hospitals, second.Hospitals);
        Assert.Equal(first.Warehouses, second.Warehouses);
        Assert.Same(ScaledNetwork.Of(National, 10), ScaledNetwork.Of(National, 10));
    }

    [Fact]
    public void Factor_one_returns_the_network_itself()
    {
        Assert.Same(National, ScaledNetwork.Of(National, 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Factors_below_one_are_rejected(int factor)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ScaledNetwork.Of(National, factor));

        Assert.Equal("factor", error.ParamName);
    }

    [Fact]
    public void Replica_names_are_new_and_in_the_style_of_their_tier()
    {
        var scaled = ScaledNetwork.Of(National, 10);
        var originals = National.Hospitals.Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
        var replicas = scaled.Hospitals.Where(h => h.Id.Contains("-r", StringComparison.Ordinal)).ToList();

        Assert.Equal(National.Hospitals.Length * 9, replicas.Count);
        Assert.All(replicas, h =>
        {
            Assert.DoesNotContain(h.Name, originals);
            Assert.Matches(StyleOf(h.Type), h.Name);
        });
        var numbered = replicas.Where(h => h.Type != HospitalType.TemporaryUnit).Select(h => h.Name).ToList();
        Assert.Equal(numbered.Count, numbered.Distinct(StringComparer.Ordinal).Count());
        Assert.All(scaled.Warehouses, w => Assert.False(string.IsNullOrWhiteSpace(w.Name)));
        Assert.Equal(
            "Almacén " + scaled.Hospitals.Single(h => h.Id == "jal-umae-01-r02").Name,
            scaled.Warehouses.Single(w => w.Id == "wh-jal-umae-01-r02").Name);
        Assert.StartsWith("Almacén Delegacional Jalisco, ", scaled.Warehouses.Single(w => w.Id == "wh-jal-1-r10").Name, StringComparison.Ordinal);
    }

    private static Regex StyleOf(HospitalType type) => new(type switch
    {
        HospitalType.SecondLevel => @"^(HGZ|HGZ/MF|HGR|HGSZ) No\. \d+ \S.*$",
        HospitalType.RuralBienestar => @"^HR No\. \d+ \S.*$",
        HospitalType.Umae => @"^UMAE Hospital de [A-Z][\w\- ]+ No\. \d+ \S.*$",
        _ => @"^Unidad Temporal \S.*$",
    });

    // Hospitals and census beds per (OOAD, tier), times a factor.
    private static List<(string Ooad, HospitalType Type, int Hospitals, int Beds)> Tiers(HospitalNetwork network, int times) =>
        network.Hospitals
            .GroupBy(h => (h.OoadCode, h.Type))
            .OrderBy(g => g.Key.OoadCode, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Type)
            .Select(g => (g.Key.OoadCode, g.Key.Type, g.Count() * times, g.Sum(h => h.CensusBeds) * times))
            .ToList();
}
