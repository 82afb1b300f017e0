using System.Collections.Immutable;

namespace Capacity.Results.Validation;

/// <summary>
/// The reconversion figures of seed 003 (<c>shared/seeds/003_ba8a2f1893f107e7.txt</c>, chapter I, "reconversión
/// hospitalaria") that <c>capacity report</c> compares a run with (issue 4, docs/validation.md).
/// </summary>
public static class SeedFigures
{
    /// <summary>The seeds' cut-off for the Phase III composition: "13,321 camas disponibles … al 30 de junio de 2020" (seed 003 L2009-2010).</summary>
    public static readonly DateOnly PhaseIIIDate = new(2020, 6, 30);

    // "En la Fase I se reconvirtieron 81 hospitales con un total de 379 camas" (seed 003 L1984-1987).
    public static readonly SeedFigure PhaseIHospitals = new("Phase I hospitals", "003 L1984-1987", 81);
    public static readonly SeedFigure PhaseIBeds = new("Phase I COVID beds", "003 L1984-1987", 379);

    // "En la Fase II se llegó a un total de 120 hospitales reconvertidos … en 2,420 camas" (seed 003 L1989-1992).
    public static readonly SeedFigure PhaseIIHospitals = new("Phase II hospitals", "003 L1989-1992", 120);
    public static readonly SeedFigure PhaseIIBeds = new("Phase II COVID beds", "003 L1989-1992", 2_420);

    // "se lograron 201 unidades … 29 Hospitales COVID … 155 Hospitales Híbridos … siete Hospitales Temporales, ocho
    // Unidades Médicas de Expansión y dos Unidades de Convalecencia … 13,321 camas disponibles … al 30 de junio de
    // 2020" (seed 003 L159-176; repeated at L1994-2010 and in the Numeralia, L37713-37727).
    private const string PhaseIIIReference = "003 L159-176, L1994-2010, L37713-37727";

    public static readonly SeedFigure PhaseIIIUnits = new("Phase III units, 30 Jun 2020", PhaseIIIReference, 201);
    public static readonly SeedFigure PhaseIIIBeds = new("Phase III COVID beds, 30 Jun 2020", PhaseIIIReference, 13_321);
    public static readonly SeedFigure ExclusiveHospitals = new("COVID-exclusive hospitals, 30 Jun 2020", PhaseIIIReference, 29);
    public static readonly SeedFigure HybridHospitals = new("Hybrid hospitals, 30 Jun 2020", PhaseIIIReference, 155);
    public static readonly SeedFigure TemporaryHospitals = new("Temporary hospitals, 30 Jun 2020", PhaseIIIReference, 7);
    public static readonly SeedFigure ExpansionUnits = new("Expansion units, 30 Jun 2020", PhaseIIIReference, 8);
    public static readonly SeedFigure ConvalescenceUnits = new("Convalescence units, 30 Jun 2020", PhaseIIIReference, 2);

    // "Se integró un ERC por cada 24 camas … se conformaron 2,497 ERC" (seed 003 L180-187); "un ERC en cada turno por
    // cada 24 camas … existen 2,497 ERC integrados" (seed 003 L2106-2116).
    public static readonly SeedFigure ErcTeams = new("ERC teams, 30 Jun 2020", "003 L180-187, L2106-2116", 2_497);

    /// <summary>The date ventilators received are counted to: Table I.5 covers 1 Jan - 30 Jun 2020.</summary>
    public static readonly DateOnly VentilatorDate = new(2020, 6, 30);

    // Table I.5: "Ventiladores mecánicos 5,920" bought 1 Jan - 30 Jun 2020 (seed 003 L3243-3279), plus the repaired units
    // sent to OOADs: "14 a Baja California, 10 a Michoacán, tres a Puebla y dos a Oaxaca" = 29 (L4421-4426).
    public static readonly SeedFigure VentilatorsReceived = new("Ventilators received by 30 Jun 2020 (5,920 + 29 repaired)", "003 L3243-3279, L4421-4426", 5_949);

    /// <summary>Every reconversion figure, in report order (the ventilator row follows them only for runs with a fleet).</summary>
    public static ImmutableArray<SeedFigure> All { get; } =
    [
        PhaseIHospitals,
        PhaseIBeds,
        PhaseIIHospitals,
        PhaseIIBeds,
        PhaseIIIUnits,
        PhaseIIIBeds,
        ExclusiveHospitals,
        HybridHospitals,
        TemporaryHospitals,
        ExpansionUnits,
        ConvalescenceUnits,
        ErcTeams,
    ];
}
