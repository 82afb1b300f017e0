using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Transfers;
using FsCheck;
using FsCheck.Fluent;

namespace Capacity.Domain.Tests.Support;

/// <summary>
/// A small random run for property tests: 1-4 OOADs of 1-4 hospitals (plus a UMAE), 20-60 days, random seed,
/// attack rate, bed counts, lead times (0-3 days between warehouses and to hospitals) and opening stock, so
/// runs cover full wards, turned-away patients, stock-outs and rationing. Half the cases reconvert beds with the
/// occupancy trigger (random thresholds, block size and lead days), so beds grow and shrink during the run. The step-up
/// rate (0-10% a day) and step-down share (0-100%) are random too, a third of the cases without any transfer. Patient
/// transfers are random too (none, within the OOAD, or to the neighbours of a chain of OOADs, with a 0-30% reserve).
/// </summary>
public sealed record SimulationCase(
    long Seed,
    int Ooads,
    int HospitalsPerOoad,
    int Beds,
    double AttackRate,
    int Days,
    LeadTimes LeadTimes,
    double InitialStockDays,
    int ForecastWindowDays,
    OccupancyTrigger? Trigger,
    int ReconversionLeadDays,
    double StepUpRate = 0,
    double StepDownShare = 0,
    TransferPolicyKind PatientTransfers = TransferPolicyKind.None,
    double ReserveShare = 0)
{
    /// <summary>The scenario of this case.</summary>
    public Scenario Scenario() => ScenarioWithSeed(Seed);

    /// <summary>The same scenario with another seed.</summary>
    public Scenario ScenarioWithSeed(long seed)
    {
        var p = TestScenarios.Parameters(seed, Days, AttackRate);
        p = p with
        {
            Supply = p.Supply with
            {
                LeadTimes = LeadTimes,
                InitialStock = new InitialStock(InitialStockDays, InitialStockDays, 2 * InitialStockDays),
                ForecastWindowDays = ForecastWindowDays,
            },
            Care = p.Care with { StepUpRate = StepUpRate, StepDownShare = StepDownShare },
        };
        if (Trigger is not null)
        {
            p = p with
            {
                Reconversion = p.Reconversion with
                {
                    Policy = ReconversionPolicyKind.OccupancyTrigger,
                    Trigger = Trigger,
                    LeadDays = ReconversionLeadDays,
                },
            };
        }

        var network = TestScenarios.Network(Ooads, HospitalsPerOoad, Beds, 500_000);
        return TestScenarios.Scenario(network: network, parameters: p) with
        {
            Transfers = TestScenarios.ChainTransfers(network, PatientTransfers, ReserveShare),
        };
    }
}

/// <summary>FsCheck generators of <see cref="SimulationCase"/>.</summary>
public static class SimulationCases
{
    public static Arbitrary<SimulationCase> Cases() =>
        (from seed in Gen.Choose(0, int.MaxValue)
         from ooads in Gen.Choose(1, 4)
         from hospitals in Gen.Choose(1, 4)
         from beds in Gen.Choose(5, 150)
         from attackPerMille in Gen.Choose(2, 40)
         from days in Gen.Choose(20, 60)
         from supplierLead in Gen.Choose(0, 20)
         from centralLead in Gen.Choose(0, 3)
         from regionalLead in Gen.Choose(0, 3)
         from stockDays in Gen.Choose(0, 14)
         from window in Gen.Choose(1, 7)
         from reconvert in Gen.Elements(false, true)
         from up in Gen.Choose(50, 95)
         from down in Gen.Choose(5, 45)
         from triggerDays in Gen.Choose(1, 5)
         from block in Gen.Choose(4, 40)
         from lead in Gen.Choose(1, 7)
         from transfers in Gen.Choose(0, 2)
         from stepUpPercent in Gen.Choose(0, 10)
         from stepDownPercent in Gen.Choose(0, 100)
         from transferPolicy in Gen.Elements(TransferPolicyKind.None, TransferPolicyKind.WithinOoad, TransferPolicyKind.Neighbours)
         from reservePercent in Gen.Choose(0, 30)
         select new SimulationCase(
             seed,
             ooads,
             hospitals,
             beds,
             attackPerMille / 1000.0,
             days,
             new LeadTimes(supplierLead, centralLead, regionalLead),
             stockDays,
             window,
             reconvert ? new OccupancyTrigger(up / 100.0, down / 100.0, triggerDays, block) : null,
             lead,
             transfers == 0 ? 0 : stepUpPercent / 100.0,
             transfers == 0 ? 0 : stepDownPercent / 100.0,
             transferPolicy,
             reservePercent / 100.0)).ToArbitrary();
}

/// <summary>Runs scenarios through the <see cref="InlineSimulator"/>.</summary>
public static class SimulationRuns
{
    public static IReadOnlyList<DayResult> Run(Scenario scenario)
    {
        var engine = new InlineSimulator(scenario);
        var days = new List<DayResult>(scenario.Days);
        for (var day = 0; day < scenario.Days; day++)
        {
            var step = engine.StepAsync(day);
            if (!step.IsCompletedSuccessfully)
            {
                throw new InvalidOperationException("The inline simulator completes every step synchronously.");
            }

            days.Add(step.Result);
        }

        return days;
    }
}
