using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Network;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Transfers;
using Capacity.Domain.Ventilators;
using Capacity.Grains.Checkpoints;
using Capacity.Grains.Contracts;

namespace Capacity.Grains;

/// <summary>
/// One run. Lays out the scenario, opens every grain, then drives each day through two barriers: the care
/// phase (all OOADs, each with its hospitals, then the national <see cref="TransferDay"/>) and the supply phase (all
/// warehouses). Messages that entities return are held in a <see cref="PostOffice"/> and handed to their recipients
/// on their next call. With checkpoints on, every K days it has each grain write its state to checkpoint storage and
/// then writes its own (that last write commits the checkpoint); <see cref="Recover"/> brings every grain back to it.
/// </summary>
[GrainType("simulation")]
public sealed class SimulationGrain : Grain, ISimulationGrain
{
    private readonly CheckpointStore<RunDefinition> _definition;
    private readonly CheckpointStore<RunCheckpoint> _checkpoints;
    private RunLayout? _layout;
    private PostOffice? _post;
    private TransferDay? _transferDay;
    private VentilatorDay? _ventilatorDay;
    private ImmutableArray<HospitalDayReport> _yesterday = [];
    private ImmutableArray<(OoadOpening Opening, IOoadGrain Grain, ImmutableArray<string> Hospitals)> _ooads = [];
    private ImmutableArray<(WarehouseOpening Opening, WarehouseKind Kind, IWarehouseGrain Grain)> _warehouses = [];
    private int _nextDay;
    private int _checkpointEvery;
    private int _checkpointDay = -1;

    /// <summary>A simulation grain; its checkpoints live in <see cref="CheckpointStorage"/>.</summary>
    public SimulationGrain()
    {
        _definition = new CheckpointStore<RunDefinition>(this, "run-definition");
        _checkpoints = new CheckpointStore<RunCheckpoint>(this, "run");
    }

    /// <inheritdoc />
    public async Task Start(Scenario scenario, int checkpointEveryDays)
    {
        LayOut(scenario);
        await Task.WhenAll(
            _ooads.Select(o => o.Grain.Open(o.Opening)).Concat(_warehouses.Select(w => w.Grain.Open(w.Opening))));
        Resume(0, checkpoint: null);
        _checkpointEvery = checkpointEveryDays;
        _checkpointDay = -1;
        if (_checkpointEvery > 0)
        {
            await _definition.SaveAsync(0, new RunDefinition(scenario, checkpointEveryDays));
            await CheckpointAsync(0);
        }
    }

    /// <inheritdoc />
    public async Task<DayResult> Step(int day)
    {
        if (_layout is null || _post is null || _transferDay is null)
        {
            throw new GrainStateLostException($"Run {this.GetPrimaryKeyString()} has no state: it was not started, or was reactivated since.");
        }

        if (day != _nextDay)
        {
            throw new InvalidOperationException($"Run {this.GetPrimaryKeyString()} expected day {_nextDay}, got {day}.");
        }

        if (_checkpointEvery > 0 && day % _checkpointEvery == 0 && day != _checkpointDay)
        {
            await CheckpointAsync(day);
        }

        var post = _post;
        var date = _layout.Scenario.DateOf(day);
        var teams = _layout.TeamsAvailable(date);
        var delivered = _ventilatorDay?.Allocate(day, date, _yesterday);
        var care = await Task.WhenAll(_ooads.Select(o => o.Grain.RunCare(
            new OoadCareDay(day, date, MailFor(post, o.Hospitals), teams?[o.Opening.Ooad.Code], delivered?[o.Opening.Ooad.Code] ?? 0))));
        var hospitals = care.SelectMany(o => o.Hospitals).ToArray();
        post.Post(hospitals.SelectMany(h => h.Orders));
        post.Post(care.SelectMany(o => o.Reconversions));
        var (settled, transfers, waveEvents) = _transferDay.Settle(day, [.. hospitals.Select(h => h.Report)], [.. care.Select(o => o.Transfers)]);
        _yesterday = settled;
        post.Post(transfers);

        var layout = _layout;
        var supply = await Task.WhenAll(_warehouses.Select(w => w.Grain.RunDay(layout.SupplyInput(w.Kind, post.CollectForWarehouse(w.Opening.Warehouse.Id, day), settled))));
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

    /// <inheritdoc />
    public async Task<int> Recover()
    {
        // Always from storage, even when this activation survived: a failed day may have half-consumed the post office
        // and moved some grains past the checkpoint.
        var definition = await _definition.LoadAsync(0);
        var checkpoint = await _checkpoints.LoadLatestAsync();
        LayOut(definition.Scenario);
        await Task.WhenAll(
            _ooads.Select(o => o.Grain.Restore(o.Opening, checkpoint.Day))
                .Concat(_warehouses.Select(w => w.Grain.Restore(w.Opening, checkpoint.Day))));
        Resume(checkpoint.Day, checkpoint.State);
        _checkpointEvery = definition.CheckpointEveryDays;
        _checkpointDay = checkpoint.Day;
        return checkpoint.Day;
    }

    /// <inheritdoc />
    public async Task Close()
    {
        var dropCheckpoints = _checkpointEvery > 0;
        await Task.WhenAll(_ooads.Select(o => o.Grain.Close(dropCheckpoints)).Concat(_warehouses.Select(w => w.Grain.Close(dropCheckpoints))));
        if (dropCheckpoints)
        {
            await Task.WhenAll(_checkpoints.ClearAsync(), _definition.ClearAsync());
        }

        DeactivateOnIdle();
    }

    // Every grain's opening comes from the scenario alone, so a reactivated simulation grain rebuilds the same ones.
    private void LayOut(Scenario scenario)
    {
        var runId = this.GetPrimaryKeyString();
        var layout = RunLayout.For(scenario);
        var network = scenario.Network;
        _ooads = network.Ooads
            .Select(o => (
                new OoadOpening(
                    runId,
                    layout.Parameters,
                    o,
                    network.HospitalsOf(o.Code)
                        .Select(h => new HospitalOpening(layout.HospitalParameters, h, layout.Opening[h.Id], layout.ReferenceBeds(h.Id)))
                        .ToImmutableArray(),
                    layout.PlanOf(layout.Plan, o),
                    layout.PlanOf(layout.Floor, o),
                    layout.EquipmentOf(o),
                    layout.OxygenPlantOf(o)),
                GrainFactory.GetGrain<IOoadGrain>(GrainKeys.For(runId, o.Code)),
                network.HospitalsOf(o.Code).Select(h => h.Id).ToImmutableArray()))
            .ToImmutableArray();
        _warehouses = network.Warehouses
            .Select(w => (
                new WarehouseOpening(layout.Parameters, w, layout.BedsServedBy(w), layout.DownstreamOoadsOf(w)),
                w.Kind,
                GrainFactory.GetGrain<IWarehouseGrain>(GrainKeys.For(runId, w.Id))))
            .ToImmutableArray();
        _layout = layout;
    }

    private void Resume(int day, RunCheckpoint? checkpoint)
    {
        var layout = _layout!;
        _post = new PostOffice(layout.Scenario.Network.Warehouses.Select(w => w.Id));
        _transferDay = new TransferDay(layout.Parameters);
        _ventilatorDay = layout.Scenario.Ventilators is { Enabled: true } ? new VentilatorDay(layout) : null;
        _yesterday = [];
        if (checkpoint is not null)
        {
            _post.Restore(checkpoint.Post);
            _transferDay.Restore(checkpoint.Waves);
            if (checkpoint.Ventilators is { } ledger)
            {
                _ventilatorDay?.Restore(ledger);
            }

            _yesterday = checkpoint.Yesterday;
        }

        _nextDay = day;
    }

    private async Task CheckpointAsync(int day)
    {
        await Task.WhenAll(_ooads.Select(o => o.Grain.Checkpoint(day)).Concat(_warehouses.Select(w => w.Grain.Checkpoint(day))));
        await _checkpoints.SaveAsync(day, new RunCheckpoint(_post!.Snapshot(), _transferDay!.Waves, _ventilatorDay?.Ledger, _yesterday));
        _checkpointDay = day;
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
}
