using Capacity.Domain.Care;
using Capacity.Domain.Simulation;
using Capacity.Grains.Checkpoints;
using Capacity.Grains.Contracts;

namespace Capacity.Grains;

/// <summary>A hospital: holds its state between days and forwards each day to <see cref="HospitalDay"/>.</summary>
[GrainType("hospital")]
public sealed class HospitalGrain : Grain, IHospitalGrain
{
    private readonly CheckpointStore<HospitalState> _checkpoints;
    private HospitalState? _state;
    private ModelParameters? _parameters;
    private (StayHazards Ward, StayHazards Icu) _hazards;

    /// <summary>A hospital grain; its checkpoints live in <see cref="CheckpointStorage"/>.</summary>
    public HospitalGrain()
    {
        _checkpoints = new CheckpointStore<HospitalState>(this, "hospital");
    }

    /// <inheritdoc />
    public Task Open(HospitalOpening opening)
    {
        Configure(opening);
        _state = HospitalState.Open(opening.Hospital, opening.Opening, opening.ReferenceBeds, opening.Parameters);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<HospitalDayOutcome> RunDay(HospitalDayInput input)
    {
        var step = HospitalDay.Step(Opened(_state), input, Opened(_parameters), _hazards.Ward, _hazards.Icu);
        _state = step.Next;
        return Task.FromResult(new HospitalDayOutcome(step.Report, step.Orders, step.Events));
    }

    /// <inheritdoc />
    public Task Checkpoint(int day) => _checkpoints.SaveAsync(day, Opened(_state));

    /// <inheritdoc />
    public async Task Restore(HospitalOpening opening, int day)
    {
        Configure(opening);
        _state = await _checkpoints.LoadAsync(day);
    }

    /// <inheritdoc />
    public async Task Close(bool dropCheckpoints)
    {
        if (dropCheckpoints)
        {
            await _checkpoints.ClearAsync();
        }

        DeactivateOnIdle();
    }

    private void Configure(HospitalOpening opening)
    {
        _parameters = opening.Parameters;
        _hazards = StayHazards.For(opening.Parameters.Care);
    }

    private T Opened<T>(T? value)
        where T : class =>
        value ?? throw new GrainStateLostException($"Hospital {this.GetPrimaryKeyString()} has no state: it was not opened, or was reactivated since.");
}
