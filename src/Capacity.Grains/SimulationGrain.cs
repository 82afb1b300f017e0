using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Transfers;
using Capacity.Domain.Ventilators;
using Capacity.Grains.Contracts;

namespace Capacity.Grains;

/// <summary>
/// One run. Lays out the scenario, opens every grain, then drives each day through two barriers: the care
/// phase (all OOADs, each with its hospitals, then the national <see cref="TransferDay"/>) and the supply phase (all
/// warehouses). Messages that entities return are held in a <see cref="PostOffice"/> and handed to their recipients
/// on their next call.
/// </summary>
[GrainType("simulation")]
public sealed class SimulationGrain : Grain, ISimulationGrain
{
    private RunLayout? _layout;
    private PostOffice? _post;
    private TransferDay? _transferDay;
    private VentilatorDay? _ventilatorDay;
    private ImmutableArray<HospitalDayReport> _yesterday = [];
    private ImmutableArray<(string Code, IOoadGrain Grain, ImmutableArray<string> Hospitals)> _ooads = [];
    private ImmutableArray<(string Id, WarehouseKind Kind, IWarehouseGrain Grain)> _warehouses = [];
    private int _nextDay;

    /// <inheritdoc />
    public async Task Start(Scenario scenario)
    {
        var runId = this.GetPrimaryKeyString();
        var layout = RunLayout.For(scenario);
        var network = scenario.Network;
        _ooads = network.Ooads
            .Select(o => (o.Code, GrainFactory.GetGrain<IOoadGrain>(GrainKeys.For(runId, o.Code)), network.HospitalsOf(o.Code).Select(h => h.Id).ToImmutableArray()))
            .ToImmutableArray();
        _warehouses = network.Warehouses
            .Select(w => (w.Id, w.Kind, GrainFactory.GetGrain<IWarehouseGrain>(GrainKeys.For(runId, w.Id))))
            .ToImmutableArray();
        var openOoads = network.Ooads.Select((o, i) => _ooads[i].Grain.Open(new OoadOpening(
            runId,
            layout.Parameters,
            o,
            network.HospitalsOf(o.Code)
                .Select(h => new HospitalOpening(layout.HospitalParameters, h, layout.Opening[h.Id], layout.ReferenceBeds(h.Id)))
                .ToImmutableArray(),
            layout.PlanOf(layout.Plan, o),
            layout.PlanOf(layout.Floor, o),
            layout.EquipmentOf(o),
            layout.OxygenPlantOf(o))));
        var openWarehouses = network.Warehouses.Select((w, i) => _warehouses[i].Grain.Open(
            new WarehouseOpening(layout.Parameters, w, layout.BedsServedBy(w), layout.DownstreamOoadsOf(w))));
        await Task.WhenAll(openOoads.Concat(openWarehouses));
        _layout = layout;
        _post = new PostOffice(network.Warehouses.Select(w => w.Id));
        _transferDay = new TransferDay(layout.Parameters);
        _ventilatorDay = scenario.Ventilators is { Enabled: true } ? new VentilatorDay(layout) : null;
        _yesterday = [];
        _nextDay = 0;
    }

    /// <inheritdoc />
    public async Task<DayResult> Step(int day)
    {
        if (_layout is null || _post is null || _transferDay is null)
        {
            throw new InvalidOperationException($"Run {this.GetPrimaryKeyString()} was not started.");
        }

        if (day != _nextDay)
        {
            throw new InvalidOperationException($"Run {this.GetPrimaryKeyString()} expected day {_nextDay}, got {day}.");
        }

        var post = _post;
        var date = _layout.Scenario.DateOf(day);
        var teams = _layout.TeamsAvailable(date);
        var delivered = _ventilatorDay?.Allocate(day, date, _yesterday);
        var care = await Task.WhenAll(_ooads.Select(o => o.Grain.RunCare(
            new OoadCareDay(day, date, MailFor(post, o.Hospitals), teams?[o.Code], delivered?[o.Code] ?? 0))));
        var hospitals = care.SelectMany(o => o.Hospitals).ToArray();
        post.Post(hospitals.SelectMany(h => h.Orders));
        post.Post(care.SelectMany(o => o.Reconversions));
        var (settled, transfers, waveEvents) = _transferDay.Settle(day, [.. hospitals.Select(h => h.Report)], [.. care.Select(o => o.Transfers)]);
        _yesterday = settled;
        post.Post(transfers);

        var layout = _layout;
        var supply = await Task.WhenAll(_warehouses.Select(w => w.Grain.RunDay(layout.SupplyInput(w.Kind, post.CollectForWarehouse(w.Id, day), settled))));
        foreach (var step in supply)
        {
            post.Post(step.Orders);
            post.Post(step.Shipments);
        }

        _nextDay++;
        return DayResult.Canonical(
            day,
            date,
            settled,
            supply.Select(s => s.Report),
            hospitals.SelectMany(h => h.Events).Concat(care.SelectMany(o => o.Events)).Concat(waveEvents).Concat(supply.SelectMany(s => s.Events)),
            transfers,
            care.Select(o => o.Plant).OfType<Capacity.Domain.Oxygen.OxygenPlantReport>(),
            _ventilatorDay?.Reserve ?? 0,
            supply.SelectMany(s => s.Shipments));
    }

    private static ImmutableDictionary<string, HospitalMail> MailFor(PostOffice post, ImmutableArray<string> hospitals)
    {
        var mail = ImmutableDictionary.CreateBuilder<string, HospitalMail>(StringComparer.Ordinal);
        foreach (var id in hospitals)
        {
            var shipments = post.CollectForHospital(id);
            var reconversions = post.CollectReconversions(id);
            var transfersIn = post.CollectTransfers(id);
            if (!shipments.IsEmpty || !reconversions.IsEmpty || transfersIn.Total > 0)
            {
                mail[id] = new HospitalMail(shipments, reconversions, transfersIn);
            }
        }

        return mail.ToImmutable();
    }

    /// <inheritdoc />
    public async Task Close()
    {
        await Task.WhenAll(_ooads.Select(o => o.Grain.Close()).Concat(_warehouses.Select(w => w.Grain.Close())));
        DeactivateOnIdle();
    }
}
