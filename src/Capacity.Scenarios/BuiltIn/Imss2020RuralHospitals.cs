namespace Capacity.Scenarios.BuiltIn;

/// <summary>
/// IMSS-BIENESTAR Hospitales Rurales (HR) per OOAD: the HR column of Table II.27, June 2020
/// (seed 003 L15838-15887). OOADs not listed have none. National total 80 (seed 003 L15885, L1959).
/// </summary>
internal static class Imss2020RuralHospitals
{
    /// <summary>HR count per OOAD code, sorted by code (ordinal).</summary>
    public static IReadOnlyList<KeyValuePair<string, int>> PerOoad { get; } =
    [
        new("bc", 1),            // seed 003 L15845
        new("camp", 2),          // seed 003 L15847
        new("chih", 3),          // seed 003 L15853
        new("chis", 10),         // seed 003 L15851
        new("coah", 3),          // seed 003 L15849
        new("dgo", 3),           // seed 003 L15855
        new("gro", 1),           // seed 003 L15857
        new("hgo", 4),           // seed 003 L15859
        new("mex-poniente", 2),  // seed 003 L15861
        new("mich", 7),          // seed 003 L15863
        new("nay", 1),           // seed 003 L15865
        new("oax", 9),           // seed 003 L15867
        new("pue", 7),           // seed 003 L15869
        new("sin", 2),           // seed 003 L15873
        new("slp", 6),           // seed 003 L15871
        new("tamps", 4),         // seed 003 L15875
        new("ver-norte", 3),     // seed 003 L15877
        new("ver-sur", 3),       // seed 003 L15879
        new("yuc", 4),           // seed 003 L15881
        new("zac", 5),           // seed 003 L15883
    ];

    /// <summary>The HR count of one OOAD (0 when Table II.27 does not list it).</summary>
    public static int Of(string ooadCode)
    {
        foreach (var (code, count) in PerOoad)
        {
            if (string.Equals(code, ooadCode, StringComparison.Ordinal))
            {
                return count;
            }
        }

        return 0;
    }
}
