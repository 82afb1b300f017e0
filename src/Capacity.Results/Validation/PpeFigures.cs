using System.Collections.Immutable;
using Capacity.Domain.Supply;

namespace Capacity.Results.Validation;

/// <summary>
/// Table I.2 of seed 003 (L2353-2375): EPP the central warehouse (Almacén de Programas Especiales y Red Fría)
/// distributed to the OOAD and UMAE from 10 Mar to 30 Jun 2020 (L21698-21704).
/// </summary>
public static class PpeFigures
{
    /// <summary>Distribution starts: "a partir del 10 de marzo" (seed 003 L21701-21704).</summary>
    public static readonly DateOnly From = new(2020, 3, 10);

    /// <summary>The report's cut-off, 30 Jun 2020 (seed 003 L21701-21704).</summary>
    public static readonly DateOnly To = new(2020, 6, 30);

    /// <summary>The tolerance of the supply-chain issue: ±10% of each item.</summary>
    public const double Tolerance = 0.10;

    private const string Reference = "003 L2353-2375";

    /// <summary>One figure per item, in <see cref="SupplyItem"/> order.</summary>
    public static ImmutableArray<(SupplyItem Item, SeedFigure Figure)> All { get; } =
    [
        (SupplyItem.SurgicalMask, new("Surgical masks distributed, 10 Mar - 30 Jun 2020", Reference, 8_202_605)),
        (SupplyItem.N95Respirator, new("KN95/N95/N99 respirators distributed", Reference, 5_990_523)),
        (SupplyItem.GlovePair, new("Glove pairs distributed", Reference, 21_324_071)),
        (SupplyItem.Gown, new("Gowns/coveralls distributed", Reference, 921_676)),
        (SupplyItem.Goggles, new("Goggles distributed", Reference, 849_370)),
        (SupplyItem.FaceShield, new("Face shields distributed", Reference, 1_967_710)),
    ];
}
