using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Capacity.Domain.Capacity;
using Capacity.Domain.Oxygen;
using Capacity.Domain.Random;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Simulation;
using Capacity.Domain.Supply;
using Capacity.Domain.Ventilators;

namespace Capacity.Domain.Care;

/// <summary>
/// The rules of one hospital day, in order: book shipments that are due; apply reconversion orders that are due;
/// patients leave (discharge or death); ward patients step up to the ICU and ICU survivors step down to the ward
/// while beds are free (<see cref="LevelTransfers"/>); arrivals are admitted while beds are free, ward arrivals of a
/// Phase III hospital then take free observation stretchers (<see cref="Stretchers"/>), and the rest have no place
/// (patients transferred in yesterday go first; the transfer policy may move today's unplaced arrivals, the others are
/// turned away, see <see cref="Transfers.TransferSettlement"/>); when oxygen is modelled, today's delivery is booked
/// first, the oxygen left after the patients in care caps the beds new patients can take and patients in care without it
/// face an excess death risk (<see cref="OxygenCare"/>); PPE is
/// consumed for every patient in a bed or on a stretcher; stock is reordered from the hospital's warehouse. The day's
/// non-COVID demand and deferred bed-days (<see cref="NonCovidDisplacement"/>) are reported on the day's COVID beds.
/// With the ventilator fleet on, <see cref="Ventilators.FleetDay"/> runs alongside: ventilated ICU patients hold units,
/// and an ICU arrival who needs ventilation and finds no free unit is unplaced like one who finds no bed.
/// </summary>
public static class HospitalDay
{
    // Cohort buffers up to this many days of stay live on the stack (3 levels × 4 bytes × 512 = 6 KiB at most).
    private const int StackCohorts = 512;

    /// <summary>Runs one day.</summary>
    public static HospitalStep Step(HospitalState today, HospitalDayInput input, ModelParameters parameters, StayHazards ward, StayHazards icu)
    {
        var id = today.Hospital.Id;
        var day = input.Day;
        var events = StepScratch.Events();
        var (dueOrders, reconversions) = today.Reconversions.With(input.Reconversions).TakeDue(day);
        // The reconversion inbox left over is set with the rest of tomorrow's state below (one copy of the state a day).
        var state = HospitalReconversion.Apply(today, dueOrders, day, events);
        var (due, inbox) = state.Inbox.With(input.Shipments).TakeDue(day);
        Span<long> received = stackalloc long[state.Stock.Length];
        Receive(due, received);

        var stayRng = CounterRng.For(parameters.Seed, id, day, RngStream.Stay);
        var outcomeRng = CounterRng.For(parameters.Seed, id, day, RngStream.Outcome);
        var care = parameters.Care;

        // Each level's cohorts live in a buffer for the day (one array per changed level at the end, none for a quiet
        // one): the steps below used to copy them four times a day.
        Span<int> wardCohorts = ward.MaxStayDays <= StackCohorts ? stackalloc int[ward.MaxStayDays] : new int[ward.MaxStayDays];
        Span<int> icuCohorts = icu.MaxStayDays <= StackCohorts ? stackalloc int[icu.MaxStayDays] : new int[icu.MaxStayDays];
        Span<int> stretcherCohorts = ward.MaxStayDays <= StackCohorts ? stackalloc int[ward.MaxStayDays] : new int[ward.MaxStayDays];
        var wardOut = CohortFlow.Depart(state.Ward.AsSpan(), wardCohorts, ward, care.Ward.DeathRate, ref stayRng, ref outcomeRng);
        var icuOut = CohortFlow.Depart(state.Icu.AsSpan(), icuCohorts, icu, care.Icu.DeathRate, ref stayRng, ref outcomeRng);

        // Drawn after the ward and ICU, so a run that never uses a stretcher draws exactly as before.
        var stretcherOut = CohortFlow.Depart(state.Stretcher.AsSpan(), stretcherCohorts, ward, care.Ward.DeathRate, ref stayRng, ref outcomeRng);

        // Own streams, so a step-up rate and step-down share of 0 leave every other draw unchanged.
        var stepUpRng = CounterRng.For(parameters.Seed, id, day, RngStream.StepUp);
        var stepDownRng = CounterRng.For(parameters.Seed, id, day, RngStream.StepDown);
        // Ventilator fleet (off: null, no draw): ventilated patients hold ICU beds the other ICU patients cannot take; their
        // survivors may step down to the ward like the others.
        var fleet = FleetDay.Begin(state, input, parameters, icu);
        var ventilated = fleet?.VentilatedCensus ?? 0;
        var moved = LevelTransfers.Apply(
            wardCohorts, icuCohorts, state.Beds - new LevelCounts(0, ventilated), icuOut.Discharged + (fleet?.Discharged ?? 0), care, ref stepUpRng, ref stepDownRng);

        var free = new LevelCounts(
            Math.Max(0, state.Beds.Ward - CohortFlow.Census(wardCohorts)),
            Math.Max(0, state.Beds.Icu - CohortFlow.Census(icuCohorts) - ventilated));
        var places = Stretchers.Places(state.Hospital, state.Phase, parameters.Capacity.StretcherShare);
        var stretcherCensusBefore = CohortFlow.Census(stretcherCohorts);

        // Oxygen, when modelled, caps the beds and stretchers new patients can take (OxygenCare); with enough of it, or
        // without it, every bed stays free.
        var oxygen = parameters.Oxygen is { Enabled: true } o2 && state.Oxygen is { } tank
            ? OxygenCare.Before(
                tank, input.OxygenDelivered, o2, new LevelCounts(CohortFlow.Census(wardCohorts) + stretcherCensusBefore, CohortFlow.Census(icuCohorts) + ventilated),
                input.TransfersIn + input.Arrivals, free, places, stretcherCensusBefore)
            : (OxygenBudget?)null;
        var (bedsFree, stretcherPlaces) = oxygen is { } budget ? (budget.Free, budget.StretcherPlaces) : (free, places);

        // Patients transferred in were promised a bed by the regulator: they are admitted before today's new arrivals.
        var transfers = Gate(fleet, Place(input.TransfersIn, bedsFree, stretcherPlaces, stretcherCensusBefore));
        var arrivals = Gate(fleet, Place(input.Arrivals, bedsFree - transfers.InBeds, stretcherPlaces, stretcherCensusBefore + transfers.OnStretchers));
        var inBeds = transfers.InBeds + arrivals.InBeds;
        var onStretchers = transfers.OnStretchers + arrivals.OnStretchers;
        var admitted = inBeds + new LevelCounts(onStretchers, 0);

        // Final turned-away counts and their deaths are settled once the day's transfers are known (TransferSettlement).
        var turnedAway = arrivals.Unplaced + transfers.Unplaced;
        var o2Deaths = oxygen is { } lacking ? OxygenCare.ExcessDeaths(lacking, parameters.Oxygen!, parameters.Seed, id, day) : default;
        var wardDeathsLeft = CohortFlow.RemoveLongestStays(wardCohorts, o2Deaths.Ward);
        var icuDeathsLeft = CohortFlow.RemoveLongestStays(icuCohorts, o2Deaths.Icu);

        // ICU patients without oxygen beyond the unventilated ones are ventilated patients (the oxygen model counts them).
        fleet?.RemoveDeaths(icuDeathsLeft);
        CohortFlow.Admit(wardCohorts, inBeds.Ward);
        CohortFlow.Admit(icuCohorts, inBeds.Icu - (fleet?.AdmittedVentilated ?? 0));
        CohortFlow.RemoveLongestStays(stretcherCohorts, wardDeathsLeft);
        CohortFlow.Admit(stretcherCohorts, onStretchers);
        var census = new LevelCounts(CohortFlow.Census(wardCohorts), CohortFlow.Census(icuCohorts) + (fleet?.VentilatedCensus ?? 0));
        var stretcherCensus = CohortFlow.Census(stretcherCohorts);
        var inCare = census + new LevelCounts(stretcherCensus, 0);
        var nonCovidDemand = NonCovidDisplacement.Demand(state.Hospital, parameters.Capacity.NonCovidOccupancy);
        var deferred = NonCovidDisplacement.Deferred(nonCovidDemand, NonCovidDisplacement.Capacity(state.Hospital, state.Beds));

        var seq = state.NextSeq;
        var orders = StepScratch.Orders();
        var stock = new ItemStock[state.Stock.Length];
        var lines = new HospitalStock[state.Stock.Length];
        var reorder = SupplyPolicies.For(parameters.Supply.Policy, SupplyTier.Hospital);
        foreach (var item in parameters.Supply.Items)
        {
            var i = (int)item.Item;
            var before = Booked(state.Stock[i], received[i]);
            var use = StockKeeping.Consume(
                before, item, inCare, admitted.Total, parameters.Supply.ForecastWindowDays, ReferenceUse.StaffUse(state.Beds, item));
            var quantity = reorder.OrderQuantity(
                parameters.Supply.HospitalReorder,
                use.Next.OnHand + use.Next.OnOrder,
                DemandHistory.Mean(use.Next.RecentDemand),
                ReferenceUse.PerDay(state.ReferenceBeds, item, care));
            var next = use.Next;
            if (quantity > 0)
            {
                orders.Add(new ReplenishmentOrder(id, state.Hospital.WarehouseId, item.Item, quantity, day, day, seq++));
                next = next with { OnOrder = next.OnOrder + quantity };
            }

            StockKeeping.StockOutEvent(day, id, item.Item, before.Short, next.Short, use.Shortfall, events);
            stock[i] = next;
            lines[i] = new HospitalStock(
                item.Item, next.OnHand, next.OnOrder, received[i], use.Demand, use.Consumed, use.Shortfall,
                DemandHistory.Mean(next.RecentDemand));
        }

        (OxygenTank? oxygenTank, OxygenLine? oxygenLine) = (state.Oxygen, null);
        if (oxygen is { } used)
        {
            (oxygenTank, oxygenLine) = OxygenCare.After(
                used, parameters.Oxygen!, inCare, (CappedByOxygen(input, (bedsFree, stretcherPlaces), (free, places), stretcherCensusBefore), o2Deaths.Total), day, id, events);
        }

        var full = (
            CapacityEvent(day, id, CareLevel.Ward, state.Full.Ward, census.Ward, state.Beds.Ward, events),
            CapacityEvent(day, id, CareLevel.Icu, state.Full.Icu, census.Icu, state.Beds.Icu, events));
        var (nextFleet, ventilators) = fleet is null ? (null, null) : fleet.End(day, id, events);
        var report = new HospitalDayReport(
            day, id, state.Hospital.OoadCode, state.Beds, input.Arrivals, admitted, turnedAway,
            new LevelCounts(wardOut.Discharged + stretcherOut.Discharged, icuOut.Discharged - moved.StepDowns + (fleet?.Discharged ?? 0)),
            new LevelCounts(wardOut.Died + stretcherOut.Died, icuOut.Died + (fleet?.Died ?? 0)) + o2Deaths,
            0, census, ImmutableCollectionsMarshal.AsImmutableArray(lines), state.Phase, state.Role, stretcherCensus, nonCovidDemand, deferred,
            moved.StepUps, moved.StepDowns, moved.StepUpBlocked, input.TransfersIn, arrivals.Unplaced, Oxygen: oxygenLine, Ventilators: ventilators);
        var nextWard = CohortFlow.Freeze(wardCohorts, state.Ward);
        var nextIcu = CohortFlow.Freeze(icuCohorts, state.Icu);
        var nextStretcher = CohortFlow.Freeze(stretcherCohorts, state.Stretcher);
        var nextStock = SameStock(stock, state.Stock) ? state.Stock : ImmutableCollectionsMarshal.AsImmutableArray(stock);

        // A quiet day (no patient, delivery, order or message changed anything) keeps yesterday's state object: a
        // hospital's state lives a whole day, so every copy of it is promoted by the collector before it dies (issue 9).
        var unchanged = nextWard == state.Ward && nextIcu == state.Icu && nextStretcher == state.Stretcher && nextStock == state.Stock
            && inbox == state.Inbox && reconversions == state.Reconversions && seq == state.NextSeq && full == state.Full
            && oxygenTank == state.Oxygen && nextFleet == state.Fleet;
        var nextState = unchanged ? state : state with
        {
            Ward = nextWard,
            Icu = nextIcu,
            Stretcher = nextStretcher,
            Stock = nextStock,
            Inbox = inbox,
            Reconversions = reconversions,
            NextSeq = seq,
            Full = full,
            Oxygen = oxygenTank,
            Fleet = nextFleet,
        };
        return new HospitalStep(nextState, report, orders.ToImmutable(), events.ToImmutable());
    }

    /// <summary>
    /// Patients into free beds of their level, then ward patients onto free observation stretchers; the rest have no place.
    /// </summary>
    private static (LevelCounts InBeds, int OnStretchers, LevelCounts Unplaced) Place(LevelCounts patients, LevelCounts free, int places, int stretcherCensus)
    {
        var inBeds = new LevelCounts(Math.Min(patients.Ward, Math.Max(0, free.Ward)), Math.Min(patients.Icu, Math.Max(0, free.Icu)));
        var onStretchers = Stretchers.Admit(patients.Ward - inBeds.Ward, places, stretcherCensus);
        return (inBeds, onStretchers, patients - inBeds - new LevelCounts(onStretchers, 0));
    }

    /// <summary>
    /// Patients the oxygen cap kept out: those without a place under the cap less those who would have had none without
    /// it (both before the ventilator gate, whose refusals are the fleet's to count).
    /// </summary>
    private static int CappedByOxygen(HospitalDayInput input, (LevelCounts Free, int Places) capped, (LevelCounts Free, int Places) open, int stretcherCensus) =>
        Unplaced(input, capped.Free, capped.Places, stretcherCensus) - Unplaced(input, open.Free, open.Places, stretcherCensus);

    private static int Unplaced(HospitalDayInput input, LevelCounts free, int places, int stretcherCensus)
    {
        var transfers = Place(input.TransfersIn, free, places, stretcherCensus);
        var arrivals = Place(input.Arrivals, free - transfers.InBeds, places, stretcherCensus + transfers.OnStretchers);
        return (transfers.Unplaced + arrivals.Unplaced).Total;
    }

    /// <summary>With the fleet on, ICU patients who need a ventilator and find none free lose their bed (<see cref="FleetDay.Gate"/>).</summary>
    private static (LevelCounts InBeds, int OnStretchers, LevelCounts Unplaced) Gate(
        FleetDay? fleet, (LevelCounts InBeds, int OnStretchers, LevelCounts Unplaced) placed) =>
        fleet is null ? placed : fleet.Gate(placed);

    private static bool SameStock(ItemStock[] next, ImmutableArray<ItemStock> before)
    {
        for (var i = 0; i < next.Length; i++)
        {
            if (next[i] != before[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Units of each item the due shipments bring today.</summary>
    private static void Receive(ImmutableArray<Shipment> due, Span<long> received)
    {
        foreach (var shipment in due)
        {
            received[(int)shipment.Item] += shipment.Quantity;
        }
    }

    /// <summary>
    /// The stock once today's deliveries are booked: on hand grows, on order shrinks (never below zero; quantities are
    /// positive, so booking the day's total at once equals booking shipment by shipment).
    /// </summary>
    private static ItemStock Booked(ItemStock stock, long received) =>
        received == 0 ? stock : stock with { OnHand = stock.OnHand + received, OnOrder = Math.Max(0, stock.OnOrder - received) };

    /// <summary>
    /// Opens a capacity episode when a level is full and closes it below 90% occupancy, so a ward hovering at
    /// its last bed does not flood the timeline.
    /// </summary>
    private static bool CapacityEvent(int day, string id, CareLevel level, bool wasFull, int census, int beds, ImmutableArray<SimEvent>.Builder events)
    {
        if (!wasFull && beds > 0 && census >= beds)
        {
            events.Add(new SimEvent(day, id, EventKind.CapacityReached, Subject(level), Detail(census, beds)));
            return true;
        }

        if (wasFull && census < 0.9 * beds)
        {
            events.Add(new SimEvent(day, id, EventKind.CapacityRelieved, Subject(level), Detail(census, beds)));
            return false;
        }

        return wasFull;
    }

    // Formatted only when an event is raised: this runs twice per hospital and day.
    private static string Subject(CareLevel level) => level == CareLevel.Ward ? "ward" : "icu";

    private static string Detail(int census, int beds) => string.Create(CultureInfo.InvariantCulture, $"census {census} of {beds} beds");
}
