using System.Collections.Immutable;
using System.Globalization;
using Capacity.Domain.Care;
using Capacity.Domain.Random;
using Capacity.Domain.Simulation;

namespace Capacity.Domain.Oxygen;

/// <summary>
/// Oxygen in a hospital's day (<see cref="HospitalDay"/>): book today's delivery; supply the patients already in care
/// (ICU first: critical patients cannot wait; ward patients bear a shortage first); admit only the patients the oxygen
/// left can supply; patients in care without oxygen face an excess death risk; consume; reorder from the OOAD's plant.
/// </summary>
public static class OxygenCare
{
    /// <summary>Event subject of every oxygen event.</summary>
    public const string Subject = "oxygen";

    /// <summary>
    /// Books the delivery and works out what today's oxygen allows: the patients in care it supplies and the new patients
    /// it can take. While any patient in care goes without, nobody new is admitted.
    /// </summary>
    /// <param name="tank">The tank at the start of the day.</param>
    /// <param name="delivered">Litres delivered today.</param>
    /// <param name="settings">Oxygen settings.</param>
    /// <param name="inCare">Patients in care after today's departures and level moves (ward: beds and stretchers).</param>
    /// <param name="waiting">Patients asking for a bed today (transfers in and arrivals).</param>
    /// <param name="free">Free beds by level.</param>
    /// <param name="places">Stretcher places open today.</param>
    /// <param name="stretcherCensus">Patients already on stretchers.</param>
    public static OxygenBudget Before(
        OxygenTank tank, long delivered, OxygenSettings settings, LevelCounts inCare, LevelCounts waiting, LevelCounts free, int places, int stretcherCensus)
    {
        var booked = tank with { OnHand = tank.OnHand + delivered, OnOrder = Math.Max(0, tank.OnOrder - delivered) };
        var (icuRate, wardRate) = (settings.IcuLitresPerPatientDay, settings.WardPerPatient);
        double left = booked.OnHand;
        var icuSupplied = Supplied(inCare.Icu, icuRate, left);
        left -= icuSupplied * icuRate;
        var wardSupplied = Supplied(inCare.Ward, wardRate, left);
        left -= wardSupplied * wardRate;
        var without = new LevelCounts(inCare.Ward - wardSupplied, inCare.Icu - icuSupplied);
        if (without.Total > 0)
        {
            left = 0;
        }

        var icuCap = Math.Min(Math.Min(free.Icu, waiting.Icu), Supplied(int.MaxValue, icuRate, left));
        left -= icuCap * icuRate;
        var wardCap = Supplied(int.MaxValue, wardRate, left);
        var wardFree = Math.Min(free.Ward, wardCap);
        var stretcherAllowed = wardCap - Math.Min(waiting.Ward, wardFree);
        var stretcherPlaces = (int)Math.Min(places, (long)stretcherCensus + stretcherAllowed);
        return new OxygenBudget(booked, delivered, new LevelCounts(wardFree, icuCap), stretcherPlaces, without);
    }

    /// <summary>
    /// Deaths among the patients in care who got no oxygen: Binomial(n, excess rate) per level on the hospital's
    /// <see cref="RngStream.OxygenOutcome"/> stream, drawn only when someone went without (so a run with enough oxygen
    /// draws exactly as one without oxygen modelled).
    /// </summary>
    public static LevelCounts ExcessDeaths(OxygenBudget budget, OxygenSettings settings, long seed, string hospitalId, int day)
    {
        if (budget.WithoutOxygen.Total == 0 || settings.ExcessDeathRate <= 0)
        {
            return default;
        }

        var rng = CounterRng.For(seed, hospitalId, day, RngStream.OxygenOutcome);
        var ward = Sampling.Binomial(ref rng, budget.WithoutOxygen.Ward, settings.ExcessDeathRate);
        var icu = Sampling.Binomial(ref rng, budget.WithoutOxygen.Icu, settings.ExcessDeathRate);
        return new LevelCounts(ward, icu);
    }

    /// <summary>
    /// The day's consumption by the patients in care at its end (with the fractional carry), the stock-out and
    /// safety-alarm events, and the reorder: when on hand + on order is below the reorder point, an order that tops the
    /// storage up, if it is at least the minimum drop.
    /// </summary>
    /// <param name="budget">The morning's budget.</param>
    /// <param name="settings">Oxygen settings.</param>
    /// <param name="census">Patients in care at the end of the day (ward: beds and stretchers).</param>
    /// <param name="counts">Admissions capped for lack of oxygen, and excess deaths (ward + ICU).</param>
    /// <param name="day">Today.</param>
    /// <param name="hospitalId">The hospital.</param>
    /// <param name="events">Where events go.</param>
    public static (OxygenTank Next, OxygenLine Line) After(
        OxygenBudget budget, OxygenSettings settings, LevelCounts census, (int Capped, int Deaths) counts, int day, string hospitalId, ImmutableArray<SimEvent>.Builder events)
    {
        var tank = budget.Tank;
        var exact = tank.Carry + (census.Ward * settings.WardPerPatient) + (census.Icu * settings.IcuLitresPerPatientDay);
        var demand = (long)Math.Floor(exact + 1e-9);
        var consumed = Math.Min(demand, tank.OnHand);
        var onHand = tank.OnHand - consumed;
        var shortfall = demand - consumed;
        var isShort = shortfall > 0;
        if (isShort != tank.Short)
        {
            var detail = isShort ? string.Create(CultureInfo.InvariantCulture, $"unmet {shortfall} L") : "demand met";
            events.Add(new SimEvent(day, hospitalId, isShort ? EventKind.OxygenStockOutStarted : EventKind.OxygenStockOutEnded, Subject, detail));
        }

        var alarm = demand > 0 && onHand < settings.SafetyDays * demand;
        if (alarm && !tank.Alarm)
        {
            events.Add(new SimEvent(
                day, hospitalId, EventKind.OxygenSafetyAlarm, Subject,
                string.Create(CultureInfo.InvariantCulture, $"on hand {onHand} L, {(double)onHand / demand:0.##} days of today's demand")));
        }

        var ordered = OrderQuantity(tank with { OnHand = onHand }, settings);
        var next = tank with
        {
            OnHand = onHand,
            OnOrder = tank.OnOrder + ordered,
            Carry = Math.Max(0, exact - demand),
            Short = isShort,
            Alarm = alarm,
        };
        var line = new OxygenLine(
            onHand, next.OnOrder, budget.Received, demand, consumed, shortfall, ordered, counts.Capped, budget.WithoutOxygen.Total, counts.Deaths);
        return (next, line);
    }

    /// <summary>Litres to order: top up to capacity when on hand + on order is below the reorder point and the drop is big enough.</summary>
    public static long OrderQuantity(OxygenTank tank, OxygenSettings settings)
    {
        var position = tank.OnHand + tank.OnOrder;
        var reorderPoint = settings.ReorderPointDays * tank.ReferenceUse;
        if (position >= reorderPoint)
        {
            return 0;
        }

        var quantity = tank.Capacity - position;
        var minDrop = Math.Min(settings.MinDropDays * tank.ReferenceUse, tank.Capacity - reorderPoint);
        return quantity > 0 && quantity >= minDrop ? quantity : 0;
    }

    /// <summary>Patients a supply of <paramref name="litres"/> covers at <paramref name="rate"/> litres each (all of them at rate 0).</summary>
    private static int Supplied(int patients, double rate, double litres)
    {
        if (patients <= 0)
        {
            return 0;
        }

        if (rate <= 0)
        {
            return patients;
        }

        var covered = Math.Floor((Math.Max(0, litres) / rate) + 1e-9);
        return covered >= patients ? patients : (int)covered;
    }
}
