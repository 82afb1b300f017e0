using System.Collections.Immutable;
using System.Globalization;
using Capacity.Domain.Network;

namespace Capacity.Scenarios.BuiltIn;

/// <summary>
/// The 24 temporary, expansion and convalescence units of Table I.4, "Unidades Temporales para hacer frente a la
/// emergencia sanitaria derivada del COVID-19" (seed 003 L3105-3161): 1,392 beds (seed 003 L3024-3026). They are
/// extra capacity on top of the 34,408 census beds and hold COVID beds only while a scenario opens them.
/// </summary>
/// <remarks>
/// Names are the table's, with two spelling fixes: "HGZ  No. 152" loses its double space and "Tlanepantla" is the
/// municipality Tlalnepantla. OOAD codes follow the table's OOAD column.
/// </remarks>
internal static class Imss2020TemporaryUnits
{
    /// <summary>One row of Table I.4: OOAD, unit and total beds.</summary>
    internal sealed record Row(string OoadCode, string Name, int Beds);

    /// <summary>Total beds of the table (seed 003 L3159, L3024-3026).</summary>
    public const int TotalBeds = 1_392;

    /// <summary>The 24 rows in table order; per OOAD, the order fixes the number in the hospital id.</summary>
    public static IReadOnlyList<Row> Rows { get; } =
    [
        new("chis", "HGZ No. 1 Tapachula", 100),                                    // seed 003 L3111
        new("nay", "HGZ No. 33 Bahía de Banderas", 100),                            // seed 003 L3113
        new("cdmx-sur", "HGZ No. 32 Villa Coapa", 90),                              // seed 003 L3115
        new("mex-poniente", "HGZ No. 152 Atlacomulco", 70),                         // seed 003 L3117
        new("hgo", "HGSZ No. 33 Tizayuca", 50),                                     // seed 003 L3119
        new("nl", "Hospital Santa Cecilia", 70),                                    // seed 003 L3121
        new("jal", "HGR No. 110 Oblatos", 40),                                      // seed 003 L3123
        new("nl", "HGZ No. 67 Apodaca", 40),                                        // seed 003 L3125
        new("cdmx-norte", "HGZ No. 24 (estacionamiento Subdelegación No. 1)", 40),  // seed 003 L3127
        new("bc", "HGR No. 1 Tijuana", 40),                                         // seed 003 L3129
        new("pue", "HGZ No. 20 \"La Margarita\"", 40),                              // seed 003 L3131
        new("chih", "UMF No. 70 Ciudad Juárez", 38),                                // seed 003 L3133
        new("mex-oriente", "UMA Tlalnepantla de Baz", 38),                          // seed 003 L3135
        new("pue", "UMF No. 6 Villa de San Alejandro", 38),                         // seed 003 L3137
        new("sin", "HGZ No. 1 Culiacán", 38),                                       // seed 003 L3139
        new("zac", "Parque de béisbol \"Minera Fresnillo\"", 38),                   // seed 003 L3141
        new("bc", "Mexicali, estadio de béisbol", 38),                              // seed 003 L3143
        new("chis", "Tuxtla Gutiérrez", 38),                                        // seed 003 L3145
        new("son", "Ciudad Obregón", 38),                                           // seed 003 L3147
        new("cdmx-sur", "Autódromo \"Hermanos Rodríguez\"", 218),                   // seed 003 L3149
        new("coah", "Ciudad Acuña", 70),                                            // seed 003 L3151
        new("hgo", "HGZ/MF Pachuca", 60),                                           // seed 003 L3153
        new("cdmx-sur", "CRIT-Iztapalapa", 30),                                     // seed 003 L3155
        new("mex-oriente", "CRIT-Nezahualcóyotl", 30),                              // seed 003 L3157
    ];

    /// <summary>
    /// The units as <see cref="HospitalType.TemporaryUnit"/> hospitals <c>&lt;ooad&gt;-tu-NN</c> (numbered per OOAD in
    /// table order), each supplied by its OOAD's first warehouse.
    /// </summary>
    public static ImmutableArray<Hospital> Hospitals()
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var hospitals = ImmutableArray.CreateBuilder<Hospital>(Rows.Count);
        foreach (var row in Rows)
        {
            var n = numbers.GetValueOrDefault(row.OoadCode) + 1;
            numbers[row.OoadCode] = n;
            var id = string.Create(CultureInfo.InvariantCulture, $"{row.OoadCode}-tu-{n:D2}");
            hospitals.Add(new Hospital(
                id, row.Name, row.OoadCode, HospitalType.TemporaryUnit, row.Beds, Imss2020Warehouses.OoadWarehouseId(row.OoadCode, 1)));
        }

        return hospitals.ToImmutable();
    }
}
