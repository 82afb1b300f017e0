using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Transfers;

/// <summary>
/// The national end of the care phase, run by the engine once every OOAD has stepped its hospitals and made its own
/// moves: transfers between OOADs, the settlement of every hospital's day (<see cref="TransferSettlement"/>) and the
/// transfer-wave events. Both engines call it with the same inputs, so they produce the same day.
/// </summary>
public sealed class TransferDay
{
    private readonly ITransferPolicy _policy;
    private readonly ModelParameters _parameters;
    private readonly TransferSettings _settings;
    private ImmutableSortedDictionary<string, TransferWave> _waves = ImmutableSortedDictionary.Create<string, TransferWave>(StringComparer.Ordinal);

    /// <summary>The national transfer step of a run.</summary>
    public TransferDay(ModelParameters parameters)
    {
        _parameters = parameters;
        _settings = parameters.Transfers ?? TransferSettings.Disabled;
        _policy = TransferPolicies.Create(_settings);
    }

    /// <summary>The transfer waves in progress: all this step carries from one day to the next (for checkpoints).</summary>
    public ImmutableSortedDictionary<string, TransferWave> Waves => _waves;

    /// <summary>Resumes from a checkpoint's <see cref="Waves"/>.</summary>
    public void Restore(ImmutableSortedDictionary<string, TransferWave> waves) =>
        _waves = waves.WithComparers(StringComparer.Ordinal);

    /// <summary>Settles the day.</summary>
    /// <param name="day">Today.</param>
    /// <param name="reports">Every hospital's report before transfers.</param>
    /// <param name="ooads">Every OOAD's own moves, requests and offers, in OOAD code order.</param>
    /// <returns>The final reports (same order), all of today's transfers (the OOADs' moves, then those between OOADs)
    /// and the wave events.</returns>
    public (ImmutableArray<HospitalDayReport> Reports, ImmutableArray<PatientTransfer> Transfers, ImmutableArray<SimEvent> Events) Settle(
        int day, IReadOnlyList<HospitalDayReport> reports, IReadOnlyList<OoadTransfers> ooads)
    {
        var transfers = ooads.SelectMany(o => o.Moves).Concat(_policy.Between(day, ooads)).ToImmutableArray();
        var outgoing = new Dictionary<string, LevelCounts>(StringComparer.Ordinal);
        foreach (var transfer in transfers)
        {
            outgoing[transfer.FromHospital] = outgoing.GetValueOrDefault(transfer.FromHospital) + transfer.Patients;
        }

        var settled = reports
            .Select(r => TransferSettlement.Settle(r, outgoing.GetValueOrDefault(r.HospitalId), _parameters))
            .ToImmutableArray();
        var (waves, events) = TransferWaves.Track(_waves, day, transfers, _settings);
        _waves = waves;
        return (settled, transfers, events);
    }
}
