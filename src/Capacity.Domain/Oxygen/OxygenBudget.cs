using Capacity.Domain.Care;

namespace Capacity.Domain.Oxygen;

/// <summary>
/// A hospital's oxygen after today's delivery and before admissions (<see cref="OxygenCare.Before"/>): the beds and
/// stretcher places its oxygen lets it fill, and the patients already in care it cannot supply.
/// </summary>
/// <param name="Tank">The tank with today's delivery booked.</param>
/// <param name="Received">Litres delivered today.</param>
/// <param name="Free">Free beds by level, capped by the oxygen left after the patients already in care.</param>
/// <param name="StretcherPlaces">Stretcher places, capped the same way.</param>
/// <param name="WithoutOxygen">Patients already in care (ward: beds and stretchers) who get no oxygen today.</param>
public readonly record struct OxygenBudget(OxygenTank Tank, long Received, LevelCounts Free, int StretcherPlaces, LevelCounts WithoutOxygen);
