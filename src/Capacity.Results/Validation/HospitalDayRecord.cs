using Capacity.Domain.Network;
using Capacity.Domain.Reconversion;

namespace Capacity.Results.Validation;

/// <summary>The part of a <c>daily_hospital</c> row that the validation report reads.</summary>
/// <param name="Date">Calendar date.</param>
/// <param name="HospitalId">Hospital.</param>
/// <param name="Type">Tier (<c>type</c>).</param>
/// <param name="Phase">Reconversion phase (<c>phase</c>).</param>
/// <param name="Role">Role for COVID care (<c>role</c>).</param>
/// <param name="CovidBeds">COVID ward + ICU beds.</param>
/// <param name="ErcTeamsRequired">ERC teams the COVID beds need (<c>erc_teams_required</c>).</param>
/// <param name="Ventilators">Ventilators in service and received that day (<c>ventilators_in_service</c>,
/// <c>ventilators_received</c>); null when the file has no ventilator columns.</param>
public sealed record HospitalDayRecord(
    DateOnly Date,
    string HospitalId,
    HospitalType Type,
    ReconversionPhase Phase,
    HospitalRole Role,
    int CovidBeds,
    double ErcTeamsRequired,
    (int InService, int Received)? Ventilators = null);
