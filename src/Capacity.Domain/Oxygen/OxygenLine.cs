using Orleans;

namespace Capacity.Domain.Oxygen;

/// <summary>A hospital's oxygen at the end of a day (litres of gas).</summary>
/// <param name="OnHand">Litres in store.</param>
/// <param name="OnOrder">Litres ordered and not yet delivered (including today's order).</param>
/// <param name="Received">Litres delivered today.</param>
/// <param name="Demand">Litres today's patients needed.</param>
/// <param name="Consumed">Litres used (demand met from stock).</param>
/// <param name="Shortfall">Demand not met: patients went without oxygen.</param>
/// <param name="Ordered">Litres ordered from the plant today (0 = no order).</param>
/// <param name="AdmissionsCapped">Patients who would have taken a bed or stretcher but were not admitted for lack of oxygen.</param>
/// <param name="WithoutOxygen">Patients already in care who got no oxygen today.</param>
/// <param name="ExcessDeaths">Of those, deaths from the excess risk (included in the hospital's deaths).</param>
[GenerateSerializer, Immutable, Alias("capacity.OxygenLine")]
public sealed record OxygenLine(
    long OnHand,
    long OnOrder,
    long Received,
    long Demand,
    long Consumed,
    long Shortfall,
    long Ordered,
    int AdmissionsCapped,
    int WithoutOxygen,
    int ExcessDeaths)
{
    /// <summary>On hand ÷ today's demand; null while there is no demand.</summary>
    public double? DaysOfSupply => Demand > 0 ? (double)OnHand / Demand : null;

    /// <summary>True when some of today's demand went unmet.</summary>
    public bool StockOut => Shortfall > 0;
}
