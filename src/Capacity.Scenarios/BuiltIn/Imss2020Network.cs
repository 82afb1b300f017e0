using System.Collections.Immutable;
using Capacity.Domain.Network;

namespace Capacity.Scenarios.BuiltIn;

/// <summary>
/// Builds imss-2020 from the seed figures: 35 OOAD, 25 + 236 + 80 hospitals plus the 24 temporary units of
/// Table I.4, 1 + 37 + 25 warehouses (docs/network.md explains every figure and assumption).
/// </summary>
internal static class Imss2020Network
{
    /// <summary>The OOADs of imss-2020-mini: a small but real slice with UMAE, second-level and rural hospitals.</summary>
    public static readonly ImmutableArray<string> MiniOoads = ["ags", "cdmx-norte", "nay", "yuc"];

    public static HospitalNetwork Build()
    {
        var ooads = BuildOoads();
        var drafts = BuildHospitalDrafts(ooads);
        var beds = CensusBeds(drafts);
        var supply = Imss2020Warehouses.Build(ooads, drafts);
        // Temporary units come after the warehouse plan: they are extra capacity and must not move the choice of the
        // doubled OOAD warehouses or the alternation of the permanent hospitals between them.
        var hospitals = drafts
            .Select(d => new Hospital(d.Id, d.Name, d.OoadCode, d.Type, beds[d.Id], supply.SupplierOf[d.Id]))
            .Concat(Imss2020TemporaryUnits.Hospitals())
            .OrderBy(h => h.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new HospitalNetwork(BuiltInNetworks.Imss2020, ooads, hospitals, supply.Warehouses);
    }

    /// <summary>The OOADs in <paramref name="ooadCodes"/> with their hospitals and warehouses, plus the central warehouse.</summary>
    public static HospitalNetwork Subset(HospitalNetwork full, string name, ImmutableArray<string> ooadCodes)
    {
        var keep = ooadCodes.ToHashSet(StringComparer.Ordinal);
        return new HospitalNetwork(
            name,
            full.Ooads.Where(o => keep.Contains(o.Code)).ToImmutableArray(),
            full.Hospitals.Where(h => keep.Contains(h.OoadCode)).ToImmutableArray(),
            full.Warehouses.Where(w => w.OoadCode is null || keep.Contains(w.OoadCode)).ToImmutableArray());
    }

    // Affiliates (seed 003 L24920-24923) split by the INEGI 2020 weights of Imss2020Ooads.
    private static ImmutableArray<Ooad> BuildOoads()
    {
        var rows = Imss2020Ooads.Rows.OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        var affiliates = LargestRemainder.Apportion(Imss2020Figures.Affiliates, rows.Select(r => r.Weight).ToList());
        return rows.Select((r, i) => new Ooad(r.Code, r.Name, r.State, affiliates[i])).ToImmutableArray();
    }

    private static List<HospitalDraft> BuildHospitalDrafts(ImmutableArray<Ooad> ooads)
    {
        // 236 second-level hospitals (seed 003 L1958) in proportion to affiliates, at least one per OOAD.
        var secondLevel = LargestRemainder.Apportion(
            Imss2020Figures.SecondLevelHospitals, ooads.Select(o => o.Affiliates).ToList(), minimum: 1);
        var secondLevelPerOoad = ooads.Select((o, i) => KeyValuePair.Create(o.Code, (int)secondLevel[i])).ToList();
        var ruralPerOoad = ooads.Select(o => KeyValuePair.Create(o.Code, Imss2020RuralHospitals.Of(o.Code))).ToList();

        var drafts = SyntheticHospitals.Umae(Imss2020Umae.Rows)
            .Concat(SyntheticHospitals.SecondLevel(secondLevelPerOoad))
            .Concat(SyntheticHospitals.Rural(ruralPerOoad))
            .ToList();
        Require(drafts, HospitalType.Umae, Imss2020Figures.UmaeHospitals);
        Require(drafts, HospitalType.SecondLevel, Imss2020Figures.SecondLevelHospitals);
        Require(drafts, HospitalType.RuralBienestar, Imss2020Figures.RuralHospitals);
        return drafts;
    }

    // Each tier's seed total (Imss2020Figures) apportioned exactly over its hospitals by their size weights.
    private static Dictionary<string, int> CensusBeds(List<HospitalDraft> drafts)
    {
        var beds = new Dictionary<string, int>(StringComparer.Ordinal);
        Assign(HospitalType.Umae, Imss2020Figures.UmaeCensusBeds);
        Assign(HospitalType.SecondLevel, Imss2020Figures.SecondLevelCensusBeds);
        Assign(HospitalType.RuralBienestar, Imss2020Figures.RuralCensusBeds);
        return beds;

        void Assign(HospitalType type, int total)
        {
            var tier = drafts.Where(d => d.Type == type).ToList();
            var split = LargestRemainder.Apportion(total, tier.Select(d => (long)d.SizeWeight).ToList(), minimum: 1);
            for (var i = 0; i < tier.Count; i++)
            {
                beds.Add(tier[i].Id, (int)split[i]);
            }
        }
    }

    private static void Require(List<HospitalDraft> drafts, HospitalType type, int expected)
    {
        var actual = drafts.Count(d => d.Type == type);
        if (actual != expected)
        {
            throw new InvalidOperationException($"imss-2020 tables give {actual} {type} hospitals, the seeds {expected}");
        }
    }
}
