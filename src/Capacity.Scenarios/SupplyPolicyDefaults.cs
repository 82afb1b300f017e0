using Capacity.Domain.Supply;

namespace Capacity.Scenarios;

/// <summary>Defaults of the supply policy fields of <c>supply:</c> (docs/scenarios.md#supply-policies).</summary>
public static class SupplyPolicyDefaults
{
    /// <summary>
    /// Days of supply unless a scenario names a policy, so scenarios written before the policies run as before; the 2020
    /// replay names <c>push-proportional</c>, as IMSS distributed EPP (seed 003 L21698-21704; docs/validation.md).
    /// </summary>
    public const SupplyPolicyKind Policy = SupplyPolicyKind.DaysOfSupply;

    /// <summary>Push: the central warehouse keeps nothing back (ASSUMPTION: the seeds give no reserve).</summary>
    public const double PushReserveDays = 0;

    /// <summary>
    /// No PPE per ERC team on top of the patient rates: Table I.1's quantities per stay (seed 003 L2245-2274) are the
    /// sector's planning figures for a patient's care, staff use included; no named source gives a per-team rate.
    /// </summary>
    public const double PerTeamDay = 0;

    /// <summary>
    /// Stock-outs of N95 respirators (the protection against aerosol exposure, Table I.2's "protector respiratorio") would
    /// send staff home, with effect 0: the seeds report no staff infections from EPP shortages, so the replay leaves it
    /// uncalibrated (a parameter for what-ifs).
    /// </summary>
    public static StockOutAbsence StockOutAbsence { get; } = StockOutAbsence.None;

    /// <summary>Not priced: the seeds give no EPP unit prices (capacity facts §14), and no named public source is used.</summary>
    public const double UnitPrice = 0;
}
