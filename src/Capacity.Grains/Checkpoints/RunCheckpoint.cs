using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Simulation;
using Capacity.Domain.Transfers;
using Capacity.Domain.Ventilators;

namespace Capacity.Grains.Checkpoints;

/// <summary>What the simulation grain itself carries between two days: the mail in its post office, the national
/// transfer waves, the ventilator ledger and yesterday's final hospital reports.</summary>
/// <param name="Post">Mail not yet handed over.</param>
/// <param name="Waves">Transfer waves in progress.</param>
/// <param name="Ventilators">The national ventilator allocation's totals (null when the fleet is off).</param>
/// <param name="Yesterday">Every hospital's final report of the day before (empty on day 0).</param>
[GenerateSerializer, Immutable, Alias("capacity.RunCheckpoint")]
public sealed record RunCheckpoint(
    PostOfficeSnapshot Post,
    ImmutableSortedDictionary<string, TransferWave> Waves,
    VentilatorLedger? Ventilators,
    ImmutableArray<HospitalDayReport> Yesterday);
