using System.Globalization;
using Bogus;
using Capacity.Domain.Network;

namespace Capacity.Scenarios.BuiltIn;

/// <summary>
/// Synthetic names and size weights for the imss-2020 hospitals, drawn with Bogus (es_MX). The seeds give no
/// hospital list by OOAD (facts/capacity.md §1.1), so only the counts are real. Each tier has its own fixed seed
/// and is generated in ordinal OOAD order, so names and sizes are identical on every run and machine.
/// </summary>
internal static class SyntheticHospitals
{
    private const string Locale = "es_MX";
    private const int UmaeSeed = 2020_0125;
    private const int SecondLevelSeed = 2020_0236;
    private const int RuralSeed = 2020_0080;

    // Size weights, in beds before the tier total is apportioned: UMAE are large referral hospitals and
    // rural hospitals small (Table II.28's 2,481 derived beds over 80 HR average 31, seed 003 L16074-16111).
    private const int UmaeMinSize = 180;
    private const int UmaeMaxSize = 650;
    private const int RuralMinSize = 12;
    private const int RuralMaxSize = 60;

    /// <summary>Second-level hospital kinds: cumulative percent of hospitals, and the range of their size weight.</summary>
    private static readonly (string Prefix, int CumulativePercent, int MinSize, int MaxSize)[] SecondLevelKinds =
    [
        ("HGZ", 55, 60, 260),
        ("HGZ/MF", 75, 40, 180),
        ("HGR", 90, 120, 320),
        ("HGSZ", 100, 20, 90),
    ];

    /// <summary>The UMAE with their real names, numbered per OOAD in table order.</summary>
    public static IReadOnlyList<HospitalDraft> Umae(IReadOnlyList<Imss2020Umae.Row> rows)
    {
        var faker = NewFaker(UmaeSeed);
        var drafts = new List<HospitalDraft>(rows.Count);
        foreach (var group in rows.GroupBy(r => r.OoadCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var n = 0;
            foreach (var row in group)
            {
                n++;
                var id = Invariant($"{row.OoadCode}-umae-{n:D2}");
                drafts.Add(new HospitalDraft(id, row.Name, row.OoadCode, HospitalType.Umae, faker.Random.Int(UmaeMinSize, UmaeMaxSize)));
            }
        }

        return drafts;
    }

    /// <summary>Second-level hospitals ("HGZ No. 14 Zamora"), <paramref name="perOoad"/> sorted by code.</summary>
    public static IReadOnlyList<HospitalDraft> SecondLevel(IReadOnlyList<KeyValuePair<string, int>> perOoad)
    {
        var faker = NewFaker(SecondLevelSeed);
        var drafts = new List<HospitalDraft>();
        foreach (var (code, count) in perOoad)
        {
            var number = 0;
            for (var i = 1; i <= count; i++)
            {
                number += faker.Random.Int(1, 12);
                var roll = faker.Random.Int(1, 100);
                var kind = SecondLevelKinds.First(k => roll <= k.CumulativePercent);
                var name = Invariant($"{kind.Prefix} No. {number} {faker.Address.City()}");
                var size = faker.Random.Int(kind.MinSize, kind.MaxSize);
                drafts.Add(new HospitalDraft(Invariant($"{code}-hgz-{i:D3}"), name, code, HospitalType.SecondLevel, size));
            }
        }

        return drafts;
    }

    /// <summary>IMSS-BIENESTAR rural hospitals ("HR No. 32 Ometepec"), <paramref name="perOoad"/> sorted by code.</summary>
    public static IReadOnlyList<HospitalDraft> Rural(IReadOnlyList<KeyValuePair<string, int>> perOoad)
    {
        var faker = NewFaker(RuralSeed);
        var drafts = new List<HospitalDraft>();
        foreach (var (code, count) in perOoad)
        {
            var number = 0;
            for (var i = 1; i <= count; i++)
            {
                number += faker.Random.Int(1, 12);
                var name = Invariant($"HR No. {number} {faker.Address.City()}");
                var size = faker.Random.Int(RuralMinSize, RuralMaxSize);
                drafts.Add(new HospitalDraft(Invariant($"{code}-hr-{i:D2}"), name, code, HospitalType.RuralBienestar, size));
            }
        }

        return drafts;
    }

    // A private Randomizer per tier: never the global Randomizer.Seed, which other code could change.
    private static Faker NewFaker(int seed) => new(Locale) { Random = new Randomizer(seed) };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
