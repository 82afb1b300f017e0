using System.Collections.Immutable;
using Orleans;
using Capacity.Domain.Capacity;
using Capacity.Domain.Care;
using Capacity.Domain.Demand;
using Capacity.Domain.Equipment;
using Capacity.Domain.Network;
using Capacity.Domain.Oxygen;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Shocks;
using Capacity.Domain.Staffing;
using Capacity.Domain.Supply;
using Capacity.Domain.Transfers;
using Capacity.Domain.Ventilators;

namespace Capacity.Domain.Simulation;

/// <summary>
/// A validated, fully resolved scenario: everything a run needs, nothing read from disk later.
/// </summary>
/// <param name="Name">Scenario name (also the default run directory prefix).</param>
/// <param name="Description">Free text for planners.</param>
/// <param name="Seed">Run seed; with the scenario it fixes every random draw.</param>
/// <param name="Start">Calendar date of day 0.</param>
/// <param name="Days">Number of simulated days.</param>
/// <param name="NetworkSource">Where the network came from (e.g. <c>builtin:imss-2020</c>).</param>
/// <param name="Network">The resolved network.</param>
/// <param name="Demand">Demand model.</param>
/// <param name="Care">Clinical flow.</param>
/// <param name="Capacity">COVID bed capacity.</param>
/// <param name="Supply">PPE supply chain.</param>
/// <param name="Outputs">Formats to write.</param>
/// <param name="Reconversion">How hospitals are reconverted during the run.</param>
/// <param name="Staffing">The ERC team pool that limits conversions; null = no staff limit.</param>
/// <param name="Transfers">Patient transfers between hospitals; null = none.</param>
/// <param name="Shocks">Stress-test shocks (demand surges, staff absence); default or empty = none.</param>
/// <param name="Equipment">Equipment per ICU bed that limits conversions; null = no equipment limit.</param>
/// <param name="Oxygen">Medical oxygen: hospital storage, regional plants, shortages; null = not modelled.</param>
/// <param name="Ventilators">The ventilator fleet that gates ventilated ICU care; null = no fleet.</param>
/// <param name="Plots">Whether the run also draws its charts (<c>plots/*.png</c> and <c>*.svg</c>); never read by the model.</param>
[GenerateSerializer, Immutable, Alias("capacity.Scenario")]
public sealed record Scenario(
    string Name,
    string Description,
    long Seed,
    DateOnly Start,
    int Days,
    string NetworkSource,
    HospitalNetwork Network,
    WaveDemandSettings Demand,
    CareSettings Care,
    CapacitySettings Capacity,
    SupplySettings Supply,
    ImmutableArray<OutputFormat> Outputs,
    ReconversionSettings Reconversion,
    StaffingSettings? Staffing = null,
    TransferSettings? Transfers = null,
    EquipmentSettings? Equipment = null,
    ImmutableArray<Shock> Shocks = default,
    OxygenSettings? Oxygen = null,
    VentilatorSettings? Ventilators = null,
    bool Plots = false)
{
    /// <summary>Calendar date of a simulated day.</summary>
    public DateOnly DateOf(int day) => Start.AddDays(day);

    /// <summary>The parameters every grain needs, without the network.</summary>
    public ModelParameters Parameters => new(Seed, Start, Days, Demand, Care, Capacity, Supply, Reconversion, Staffing, Transfers, Shocks, Oxygen, Ventilators);
}
