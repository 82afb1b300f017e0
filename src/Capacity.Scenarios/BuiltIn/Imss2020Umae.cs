namespace Capacity.Scenarios.BuiltIn;

/// <summary>
/// The 25 UMAE (seed 003 L435, L1957, L8558), each placed in the OOAD where it stands.
/// </summary>
/// <remarks>
/// All 25 are named in the seeds: Table II.18 lists 27 units under "UMAE" (seed 003 L11281-11315); two of them,
/// the Hospital de Infectología CMN La Raza (L11309) and the Hospital de Ortopedia Magdalena Salinas (L11305),
/// are among the 11 complementary third-level units (seed 003 L8557-8561), which leaves the 25. Names are the
/// fuller forms of Table IX.2 (seed 003 L33074-33141) and the Director General's visits (seed 003 L33732-33746).
/// OOAD placement is cited where the seeds give it; otherwise it follows the IMSS public UMAE directory (city of
/// each UMAE).
/// </remarks>
internal static class Imss2020Umae
{
    /// <summary>One UMAE: the OOAD it lies in and its name.</summary>
    internal sealed record Row(string OoadCode, string Name);

    /// <summary>The 25 UMAE. Per OOAD, the order here fixes the number in the hospital id.</summary>
    public static IReadOnlyList<Row> Rows { get; } =
    [
        // CMN La Raza is in Ciudad de México Norte: seed 003 L9746, L22108, L23803.
        new("cdmx-norte", "UMAE Hospital de Especialidades \"Dr. Antonio Fraga Mouret\", CMN La Raza"),     // seed 003 L33732-33734, L11310
        new("cdmx-norte", "UMAE Hospital General \"Dr. Gaudencio González Garza\", CMN La Raza"),           // seed 003 L33735-33737, L11307
        new("cdmx-norte", "UMAE Hospital de Gineco-Obstetricia No. 3, CMN La Raza"),                       // seed 003 L9746, L11308
        // Magdalena de las Salinas (Gustavo A. Madero) is in CDMX Norte: IMSS public UMAE directory.
        new("cdmx-norte", "UMAE Hospital de Traumatología y Ortopedia \"Dr. Victorio de la Fuente Narváez\", Magdalena de las Salinas"), // seed 003 L33090-33091, L11306

        // CMN Siglo XXI is in Ciudad de México Sur: seed 003 L9749, L22104, L23814.
        new("cdmx-sur", "UMAE Hospital de Especialidades \"Dr. Bernardo Sepúlveda Gutiérrez\", CMN Siglo XXI"), // seed 003 L33087-33088, L33742, L11315
        new("cdmx-sur", "UMAE Hospital de Cardiología, CMN Siglo XXI"),                                     // seed 003 L33093, L11314
        new("cdmx-sur", "UMAE Hospital de Oncología, CMN Siglo XXI"),                                       // seed 003 L15107, L23814, L11313
        new("cdmx-sur", "UMAE Hospital de Pediatría \"Dr. Silvestre Frenk Freund\", CMN Siglo XXI"),         // seed 003 L33745-33747, L11312
        new("cdmx-sur", "UMAE Hospital de Gineco-Obstetricia No. 4 \"Dr. Luis Castelazo Ayala\", Tizapán"),  // seed 003 L8820-8822, L8993-8996, L11311

        new("coah", "UMAE Hospital de Especialidades No. 71, Torreón"),                                     // seed 003 L33127, L11289

        new("gto", "UMAE Hospital de Especialidades No. 1, CMN del Bajío, León"),                           // seed 003 L33106-33107, L11290
        new("gto", "UMAE Hospital de Gineco-Pediatría No. 48, CMN del Bajío, León"),                        // seed 003 L33095-33096, L11291

        new("jal", "UMAE Hospital de Especialidades \"Lic. Ignacio García Téllez\", CMN de Occidente"),      // seed 003 L33112-33113, L11294
        new("jal", "UMAE Hospital de Pediatría, CMN de Occidente"),                                        // seed 003 L33098-33099, L11292
        new("jal", "UMAE Hospital de Gineco-Obstetricia, CMN de Occidente"),                               // seed 003 L33101-33102, L11293

        // Lomas Verdes is in Naucalpan (IMSS public UMAE directory), an OOAD México Poniente municipality:
        // seed 003 L8862-8864.
        new("mex-poniente", "UMAE Hospital de Traumatología y Ortopedia \"Lomas Verdes\""),                  // seed 003 L11295

        new("nl", "UMAE Hospital de Especialidades No. 25, CMN Noreste, Monterrey"),                         // seed 003 L33104, L11297
        new("nl", "UMAE Hospital de Cardiología No. 34, CMN Noreste, Monterrey"),                           // seed 003 L33109-33110, L11299
        new("nl", "UMAE Hospital de Gineco-Obstetricia No. 23 \"Dr. Ignacio Morones Prieto\", Monterrey"),  // seed 003 L33129-33130, L11298
        new("nl", "UMAE Hospital de Traumatología y Ortopedia No. 21, Monterrey"),                          // seed 003 L33132, L11296

        new("pue", "UMAE Hospital de Especialidades \"Gral. Div. Manuel Ávila Camacho\", CMN Puebla"),      // seed 003 L33118-33119, L11300
        new("pue", "UMAE Hospital de Traumatología y Ortopedia, CMN Puebla"),                               // seed 003 L33115-33116, L11301

        new("son", "UMAE Hospital de Especialidades No. 2 \"Luis Donaldo Colosio Murrieta\", CMN Noroeste"), // seed 003 L33124-33125, L11302

        // Veracruz Norte: seed 003 L23810.
        new("ver-norte", "UMAE Hospital de Especialidades No. 14 \"Lic. Adolfo Ruiz Cortines\", Veracruz"), // seed 003 L33134-33135, L11303

        new("yuc", "UMAE Hospital de Especialidades No. 1 \"Lic. Ignacio García Téllez\", CMN Yucatán"),    // seed 003 L33121-33122, L11304
    ];
}
