namespace Capacity.Scenarios.BuiltIn;

/// <summary>
/// The 35 OOAD of imss-2020 and the weights that split the national affiliate count among them.
/// </summary>
/// <remarks>
/// The OOAD list follows facts/capacity.md §1.2 (35 OOAD: the 32 states with Ciudad de México, Estado de
/// México and Veracruz each split in two; seed 003 L434, L1510). The seeds give no affiliates per OOAD, so the
/// weight of each OOAD is its state's population from INEGI, Censo de Población y Vivienda 2020, población total
/// por entidad federativa (national total 126,014,024), times the OOAD's share of the state. The three divided
/// states are split 50/50 (assumption: the seeds give no figure for either half; docs/network.md).
/// </remarks>
internal static class Imss2020Ooads
{
    /// <summary>One OOAD: its code, official name, federal entity, state population and percent share of it.</summary>
    internal sealed record Row(string Code, string Name, string State, long StatePopulation, int SharePercent)
    {
        /// <summary>Population × share, in hundredths of a person, so the split stays in exact integers.</summary>
        public long Weight => StatePopulation * SharePercent;
    }

    /// <summary>The national INEGI 2020 total, for the consistency test of <see cref="Rows"/>.</summary>
    public const long NationalPopulation = 126_014_024;

    /// <summary>The 35 rows, sorted by code (ordinal).</summary>
    public static IReadOnlyList<Row> Rows { get; } =
    [
        new("ags", "Aguascalientes", "Aguascalientes", 1_425_607, 100),
        new("bc", "Baja California", "Baja California", 3_769_020, 100),
        new("bcs", "Baja California Sur", "Baja California Sur", 798_447, 100),
        new("camp", "Campeche", "Campeche", 928_363, 100),
        new("cdmx-norte", "Ciudad de México Norte", "Ciudad de México", 9_209_944, 50),
        new("cdmx-sur", "Ciudad de México Sur", "Ciudad de México", 9_209_944, 50),
        new("chih", "Chihuahua", "Chihuahua", 3_741_869, 100),
        new("chis", "Chiapas", "Chiapas", 5_543_828, 100),
        new("coah", "Coahuila", "Coahuila", 3_146_771, 100),
        new("col", "Colima", "Colima", 731_391, 100),
        new("dgo", "Durango", "Durango", 1_832_650, 100),
        new("gro", "Guerrero", "Guerrero", 3_540_685, 100),
        new("gto", "Guanajuato", "Guanajuato", 6_166_934, 100),
        new("hgo", "Hidalgo", "Hidalgo", 3_082_841, 100),
        new("jal", "Jalisco", "Jalisco", 8_348_151, 100),
        new("mex-oriente", "Estado de México Oriente", "México", 16_992_418, 50),
        new("mex-poniente", "Estado de México Poniente", "México", 16_992_418, 50),
        new("mich", "Michoacán", "Michoacán", 4_748_846, 100),
        new("mor", "Morelos", "Morelos", 1_971_520, 100),
        new("nay", "Nayarit", "Nayarit", 1_235_456, 100),
        new("nl", "Nuevo León", "Nuevo León", 5_784_442, 100),
        new("oax", "Oaxaca", "Oaxaca", 4_132_148, 100),
        new("pue", "Puebla", "Puebla", 6_583_278, 100),
        new("qro", "Querétaro", "Querétaro", 2_368_467, 100),
        new("qroo", "Quintana Roo", "Quintana Roo", 1_857_985, 100),
        new("sin", "Sinaloa", "Sinaloa", 3_026_943, 100),
        new("slp", "San Luis Potosí", "San Luis Potosí", 2_822_255, 100),
        new("son", "Sonora", "Sonora", 2_944_840, 100),
        new("tab", "Tabasco", "Tabasco", 2_402_598, 100),
        new("tamps", "Tamaulipas", "Tamaulipas", 3_527_735, 100),
        new("tlax", "Tlaxcala", "Tlaxcala", 1_342_977, 100),
        new("ver-norte", "Veracruz Norte", "Veracruz", 8_062_579, 50),
        new("ver-sur", "Veracruz Sur", "Veracruz", 8_062_579, 50),
        new("yuc", "Yucatán", "Yucatán", 2_320_898, 100),
        new("zac", "Zacatecas", "Zacatecas", 1_622_138, 100),
    ];
}
