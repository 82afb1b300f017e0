using System.Globalization;
using System.Text.RegularExpressions;
using Bogus;
using Capacity.Domain.Network;

namespace Capacity.Scenarios.Scaling;

/// <summary>
/// Synthetic names for the replicas of a scaled network, drawn with Bogus (es_MX) in the style of each tier:
/// "HGSZ No. 107 Puerto Vallarta" (second level, keeping the original's kind), "HR No. 623 Chihuahua" (rural),
/// "UMAE Hospital de Traumatología y Ortopedia No. 3 Campeche", "Unidad Temporal Matamoros", "Almacén Delegacional
/// Jalisco, Guadalupe".
/// </summary>
/// <remarks>
/// As in <c>BuiltIn/SyntheticHospitals</c>, each tier draws from its own <see cref="Randomizer"/> with a fixed private
/// seed (never the global <see cref="Randomizer.Seed"/>, which other code could change), and the caller asks in a
/// fixed order (hospitals by id, then replica number), so a network scaled twice gets the same names. The city is a
/// random es_MX city, not the OOAD's location, as for the built-in synthetic hospitals. Unit numbers continue, per OOAD
/// and tier, after the highest "No. n" of the original hospitals, so a replica never repeats an original's number in
/// its OOAD.
/// </remarks>
internal sealed partial class ReplicaNames
{
    private const string Locale = "es_MX";
    private const int SecondLevelSeed = 2020_1236;
    private const int RuralSeed = 2020_1080;
    private const int UmaeSeed = 2020_1125;
    private const int TemporarySeed = 2020_1024;
    private const int WarehouseSeed = 2020_1063;

    // The kinds of second-level hospital SyntheticHospitals draws; a replica keeps its original's kind.
    private static readonly string[] SecondLevelKinds = ["HGZ/MF", "HGSZ", "HGZ", "HGR"];

    // UMAE specialities as in the 25 real names (Imss2020Umae): UMAE replicas are drawn among them.
    private static readonly string[] UmaeSpecialities =
        ["Especialidades", "Cardiología", "Gineco-Obstetricia", "Oncología", "Pediatría", "Traumatología y Ortopedia"];

    private readonly Faker _secondLevel = NewFaker(SecondLevelSeed);
    private readonly Faker _rural = NewFaker(RuralSeed);
    private readonly Faker _umae = NewFaker(UmaeSeed);
    private readonly Faker _temporary = NewFaker(TemporarySeed);
    private readonly Faker _warehouse = NewFaker(WarehouseSeed);
    private readonly Dictionary<(string Ooad, HospitalType Type), int> _lastNumber = [];
    private readonly Dictionary<string, string> _ooadNames;
    private readonly HashSet<string> _taken;

    /// <summary>Starts the unit numbers of every OOAD and tier after those of <paramref name="network"/>'s hospitals.</summary>
    public ReplicaNames(HospitalNetwork network)
    {
        _ooadNames = network.Ooads.ToDictionary(o => o.Code, o => o.Name, StringComparer.Ordinal);
        _taken = network.Hospitals.Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var h in network.Hospitals)
        {
            var match = UnitNumber().Match(h.Name);
            if (match.Success && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                var key = (h.OoadCode, h.Type);
                _lastNumber[key] = Math.Max(n, _lastNumber.GetValueOrDefault(key));
            }
        }
    }

    /// <summary>
    /// A new name for a replica of <paramref name="original"/>, in the style of its tier. Numbered names (UMAE, second
    /// level, rural) never repeat another replica's or an original's name: one already taken (the same number and city
    /// in another OOAD) is drawn again with the next number. Temporary units are unnumbered and es_MX has about 130 cities, so at 10× and more
    /// their names repeat; ids never do.
    /// </summary>
    public string Hospital(Hospital original)
    {
        if (original.Type == HospitalType.TemporaryUnit)
        {
            return $"Unidad Temporal {_temporary.Address.City()}";
        }

        while (true)
        {
            var name = original.Type switch
            {
                HospitalType.SecondLevel => Invariant($"{KindOf(original.Name)} No. {NextNumber(original, _secondLevel)} {_secondLevel.Address.City()}"),
                HospitalType.RuralBienestar => Invariant($"HR No. {NextNumber(original, _rural)} {_rural.Address.City()}"),
                _ => Invariant($"UMAE Hospital de {_umae.PickRandom(UmaeSpecialities)} No. {NextNumber(original, _umae)} {_umae.Address.City()}"),
            };
            if (_taken.Add(name))
            {
                return name;
            }
        }
    }

    /// <summary>
    /// A name for a replica of <paramref name="original"/>: a UMAE warehouse is "Almacén" and the name of the UMAE it
    /// supplies (<paramref name="suppliedName"/>, the matching replica), as in the built-in network; an OOAD
    /// warehouse "Almacén Delegacional &lt;OOAD&gt;, &lt;city&gt;".
    /// </summary>
    public string Warehouse(Warehouse original, string? suppliedName)
    {
        if (original.Kind == WarehouseKind.Umae && suppliedName is not null)
        {
            return $"Almacén {suppliedName}";
        }

        var city = _warehouse.Address.City();
        return original.OoadCode is { } code && _ooadNames.TryGetValue(code, out var ooad)
            ? $"Almacén Delegacional {ooad}, {city}"
            : $"Almacén {city}";
    }

    // Numbers rise by 1-12 per unit, as SyntheticHospitals numbers the originals.
    private int NextNumber(Hospital original, Faker faker)
    {
        var key = (original.OoadCode, original.Type);
        var next = _lastNumber.GetValueOrDefault(key) + faker.Random.Int(1, 12);
        _lastNumber[key] = next;
        return next;
    }

    // "HGZ/MF No. 3 Celaya" keeps "HGZ/MF"; a name in no known style gets the commonest kind, HGZ.
    private static string KindOf(string name) =>
        SecondLevelKinds.FirstOrDefault(k => name.StartsWith(k + " No. ", StringComparison.Ordinal)) ?? "HGZ";

    // A private Randomizer per tier: never the global Randomizer.Seed.
    private static Faker NewFaker(int seed) => new(Locale) { Random = new Randomizer(seed) };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"No\. (\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex UnitNumber();
}
