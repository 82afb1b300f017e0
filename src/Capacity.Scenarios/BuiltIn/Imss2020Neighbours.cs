using System.Collections.Immutable;
using Capacity.Domain.Network;

namespace Capacity.Scenarios.BuiltIn;

/// <summary>
/// Which OOADs of imss-2020 border each other: where the <c>neighbours</c> transfer policy may send a patient.
/// </summary>
/// <remarks>
/// The seeds give no adjacency (they only say that referrals go through the Centro Regulador, seed 003 L7539-7578), so
/// the table is the land borders between Mexico's federal entities (INEGI, Marco Geoestadístico 2020). The three divided
/// states follow their halves: both Ciudad de México OOADs border both Estado de México OOADs (the city is enclosed by
/// the state) and each other, only the south borders Morelos; Estado de México Oriente (Ecatepec, Nezahualcóyotl,
/// Texcoco, Amecameca) takes the borders with Hidalgo, Tlaxcala, Puebla and Morelos, Poniente (Toluca, Naucalpan,
/// Atlacomulco) those with Querétaro, Hidalgo, Michoacán, Guerrero and Morelos; Veracruz Norte borders Tamaulipas, San
/// Luis Potosí, Hidalgo and Puebla, Veracruz Sur borders Puebla, Oaxaca, Chiapas and Tabasco (assumptions,
/// docs/network.md). Maritime links (the Gulf of California) are not borders.
/// </remarks>
public static class Imss2020Neighbours
{
    /// <summary>Each border once, as a pair of OOAD codes.</summary>
    public static IReadOnlyList<(string A, string B)> Borders { get; } =
    [
        ("ags", "jal"), ("ags", "zac"),
        ("bc", "bcs"), ("bc", "son"),
        ("camp", "qroo"), ("camp", "tab"), ("camp", "yuc"),
        ("cdmx-norte", "cdmx-sur"), ("cdmx-norte", "mex-oriente"), ("cdmx-norte", "mex-poniente"),
        ("cdmx-sur", "mex-oriente"), ("cdmx-sur", "mex-poniente"), ("cdmx-sur", "mor"),
        ("chih", "coah"), ("chih", "dgo"), ("chih", "sin"), ("chih", "son"),
        ("chis", "oax"), ("chis", "tab"), ("chis", "ver-sur"),
        ("coah", "dgo"), ("coah", "nl"), ("coah", "slp"), ("coah", "zac"),
        ("col", "jal"), ("col", "mich"),
        ("dgo", "nay"), ("dgo", "sin"), ("dgo", "zac"),
        ("gro", "mex-poniente"), ("gro", "mich"), ("gro", "mor"), ("gro", "oax"), ("gro", "pue"),
        ("gto", "jal"), ("gto", "mich"), ("gto", "qro"), ("gto", "slp"), ("gto", "zac"),
        ("hgo", "mex-oriente"), ("hgo", "mex-poniente"), ("hgo", "pue"), ("hgo", "qro"), ("hgo", "slp"), ("hgo", "tlax"), ("hgo", "ver-norte"),
        ("jal", "mich"), ("jal", "nay"), ("jal", "slp"), ("jal", "zac"),
        ("mex-oriente", "mex-poniente"), ("mex-oriente", "mor"), ("mex-oriente", "pue"), ("mex-oriente", "tlax"),
        ("mex-poniente", "mich"), ("mex-poniente", "mor"), ("mex-poniente", "qro"),
        ("mich", "qro"),
        ("mor", "pue"),
        ("nay", "sin"), ("nay", "zac"),
        ("nl", "slp"), ("nl", "tamps"), ("nl", "zac"),
        ("oax", "pue"), ("oax", "ver-sur"),
        ("pue", "tlax"), ("pue", "ver-norte"), ("pue", "ver-sur"),
        ("qro", "slp"),
        ("qroo", "yuc"),
        ("sin", "son"),
        ("slp", "tamps"), ("slp", "ver-norte"), ("slp", "zac"),
        ("tab", "ver-sur"),
        ("tamps", "ver-norte"),
        ("ver-norte", "ver-sur"),
    ];

    /// <summary>
    /// The neighbours of every OOAD of <paramref name="network"/> among its own OOADs (both directions, codes in ordinal
    /// order); an OOAD with no neighbour in the network maps to an empty list.
    /// </summary>
    public static ImmutableSortedDictionary<string, ImmutableArray<string>> For(HospitalNetwork network)
    {
        var codes = network.Ooads.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var links = Borders
            .SelectMany(b => new[] { (From: b.A, To: b.B), (From: b.B, To: b.A) })
            .Where(l => codes.Contains(l.From) && codes.Contains(l.To))
            .ToLookup(l => l.From, l => l.To, StringComparer.Ordinal);
        return network.Ooads.ToImmutableSortedDictionary(
            o => o.Code,
            o => links[o.Code].Order(StringComparer.Ordinal).ToImmutableArray(),
            StringComparer.Ordinal);
    }
}
