namespace Capacity.Domain.Random;

/// <summary>
/// Independent random streams per entity and tick. A new stream is appended, never inserted:
/// the numeric value is part of every draw, so renumbering would change every run.
/// </summary>
public enum RngStream
{
    Arrivals = 1,
    // 2 was reserved for routing, which turned out deterministic; keep the gap so other streams keep their values.
    Stay = 3,
    Outcome = 4,
    TurnedAwayOutcome = 5,
    StepUp = 6,
    StepDown = 7,

    /// <summary>Transitions of the stochastic SEIR model of an OOAD (one generator per OOAD and day).</summary>
    Seir = 8,

    /// <summary>A hospital's ventilated ICU patients: their departures and the ventilated share of ICU admissions.</summary>
    Ventilation = 9,

    /// <summary>A hospital's ventilator breakdowns and the deaths of patients left without a unit.</summary>
    VentilatorFailure = 10,

    /// <summary>Excess deaths of patients in care who got no oxygen (one generator per hospital and day, drawn only then).</summary>
    OxygenOutcome = 11,
}
