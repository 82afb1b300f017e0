using Capacity.Domain.Care;
using Capacity.Domain.Simulation;
using Capacity.Grains.Contracts;

namespace Capacity.Grains;

/// <summary>A hospital: holds its state between days and forwards each day to <see cref="HospitalDay"/>.</summary>
[GrainType("hospital")]
public sealed class HospitalGrain : Grain, IHospitalGrain
{
    private HospitalState? _state;
    private ModelParameters? _parameters;
    private (StayHazards Ward, StayHazards Icu) _hazards;

    /// <inheritdoc />
    public Task Open(HospitalOpening opening)
    {
        _parameters = opening.Parameters;
        _hazards = StayHazards.For(opening.Parameters.Care);
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
    public Task Close()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private T Opened<T>(T? value)
        where T : class =>
        value ?? throw new InvalidOperationException($"Hospital {this.GetPrimaryKeyString()} was not opened.");
}
