using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Capacity.Domain.Network;
using Capacity.Scenarios.BuiltIn;

namespace Capacity.Scenarios.Tests.BuiltIn;

public class Imss2020DeterminismTests
{
    // SHA-256 of the recorded list of permanent hospitals (UMAE, second level, rural; the temporary units of Table I.4
    // are pinned whole by Imss2020TemporaryUnitsTests). A change means names, sizes or supply assignments changed (a
    // Bogus upgrade, a seed or table edit): check the new list, update docs/network.md, then record the new value.
    private const string RecordedFingerprint = "bb685be9b104ddc996b39d4050b358aef62c607a2f84e73da17df4eb5ff278f7";

    [Fact]
    public void Building_twice_gives_equal_networks()
    {
        var first = Imss2020Network.Build();
        var second = Imss2020Network.Build();

        Assert.NotSame(first, second);
        Assert.Equal(first.Name, second.Name);
        Assert.Equal(first.Ooads, second.Ooads);
        Assert.Equal(first.Hospitals, second.Hospitals);
        Assert.Equal(first.Warehouses, second.Warehouses);
    }

    [Fact]
    public void A_fresh_build_equals_the_cached_network()
    {
        var cached = BuiltInNetworks.Find("imss-2020")!;

        var fresh = Imss2020Network.Build();

        Assert.Equal(cached.Hospitals, fresh.Hospitals);
    }

    [Fact]
    public void Synthetic_names_and_sizes_match_the_recorded_build()
    {
        var hospitals = Imss2020Network.Build().Hospitals.ToDictionary(h => h.Id);

        Assert.Equal(
            new Hospital("ags-hgz-001", "HGZ No. 5 Ciudad del Carmen", "ags", HospitalType.SecondLevel, 147, "wh-ags-1"),
            hospitals["ags-hgz-001"]);
        Assert.Equal(
            new Hospital("chis-hr-10", "HR No. 71 Jiutepec", "chis", HospitalType.RuralBienestar, 52, "wh-chis-2"),
            hospitals["chis-hr-10"]);
        Assert.Equal(292, hospitals["cdmx-norte-umae-01"].CensusBeds);
    }

    [Fact]
    public void The_permanent_hospital_list_matches_the_recorded_fingerprint()
    {
        var text = new StringBuilder();
        foreach (var h in Imss2020Network.Build().Hospitals.Where(h => h.Type != HospitalType.TemporaryUnit))
        {
            text.Append(CultureInfo.InvariantCulture, $"{h.Id}|{h.Name}|{h.OoadCode}|{h.Type}|{h.CensusBeds}|{h.WarehouseId}\n");
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));

        Assert.Equal(RecordedFingerprint, sha256);
    }
}
