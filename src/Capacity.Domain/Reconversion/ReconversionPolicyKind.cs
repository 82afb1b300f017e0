namespace Capacity.Domain.Reconversion;

/// <summary>The reconversion policies a scenario can name (<c>reconversion.policy</c>). Append only.</summary>
public enum ReconversionPolicyKind
{
    /// <summary><c>no-reconversion</c>: capacity stays as the <c>capacity:</c> section sets it on day 0.</summary>
    None = 0,

    /// <summary><c>schedule</c>: the recorded (or any dated) plan of phases and temporary units, plus reversion.</summary>
    Schedule = 1,

    /// <summary><c>occupancy-trigger</c>: convert the next block of beds when regional COVID occupancy stays high, revert when low.</summary>
    OccupancyTrigger = 2,

    /// <summary><c>forecast-trigger</c>: convert ahead of the OOAD's expected COVID census by the conversion lead time, revert when it falls.</summary>
    ForecastTrigger = 3,
}
