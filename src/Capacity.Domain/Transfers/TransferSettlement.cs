using Capacity.Domain.Care;
using Capacity.Domain.Random;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Transfers;

/// <summary>
/// Closes a hospital's day once the day's transfers are known: the patients it moved out leave its turned-away
/// count, and the excess mortality of the patients still turned away is drawn on the hospital's own stream
/// (<see cref="RngStream.TurnedAwayOutcome"/>), so the draw does not depend on which engine or grain settles it.
/// </summary>
public static class TransferSettlement
{
    /// <summary>The final report: <see cref="HospitalDayReport.TransferredOut"/>, turned away and their deaths.</summary>
    /// <param name="report">The hospital's report before transfers (turned away = every patient without a bed).</param>
    /// <param name="transferredOut">Patients the day's transfers moved out of it (at most its transfer candidates).</param>
    /// <param name="parameters">Seed and care settings.</param>
    public static HospitalDayReport Settle(HospitalDayReport report, LevelCounts transferredOut, ModelParameters parameters)
    {
        if (transferredOut.Ward > report.TransferCandidates.Ward || transferredOut.Icu > report.TransferCandidates.Icu
            || transferredOut.Ward < 0 || transferredOut.Icu < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(transferredOut), transferredOut, $"Hospital {report.HospitalId} cannot transfer out more patients than it could not place.");
        }

        // Most hospitals turn nobody away and move nobody out: their report is already final (no draw, no copy).
        if (report.TurnedAway.Total == 0 && transferredOut.Total == 0 && report.TransferredOut.Total == 0 && report.TurnedAwayDeaths == 0)
        {
            return report;
        }

        var turnedAway = report.TurnedAway - transferredOut;
        var rng = CounterRng.For(parameters.Seed, report.HospitalId, report.Day, RngStream.TurnedAwayOutcome);
        var care = parameters.Care;
        var deaths = Sampling.Binomial(ref rng, turnedAway.Ward, care.Ward.TurnedAwayDeathRate)
            + Sampling.Binomial(ref rng, turnedAway.Icu, care.Icu.TurnedAwayDeathRate);
        return report with { TurnedAway = turnedAway, TransferredOut = transferredOut, TurnedAwayDeaths = deaths };
    }
}
