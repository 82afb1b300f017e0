using Capacity.Domain.Care;
using Capacity.Domain.Transfers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Capacity.Domain.Tests.Transfers;

public sealed class BedRegulatorTests
{
    [Fact]
    public void A_patient_goes_to_the_hospital_with_the_most_spare_beds_of_the_level()
    {
        var moves = BedRegulator.Assign(0, [Need("a", 1, 0)], [Need("b", 2, 9), Need("c", 5, 0)], AnyOther);

        var move = Assert.Single(moves);
        Assert.Equal(("a", "c", new LevelCounts(1, 0)), (move.FromHospital, move.ToHospital, move.Patients));
    }

    [Fact]
    public void Ties_go_to_the_first_offer()
    {
        var moves = BedRegulator.Assign(0, [Need("a", 1, 0)], [Need("b", 3, 0), Need("c", 3, 0)], AnyOther);

        Assert.Equal("b", Assert.Single(moves).ToHospital);
    }

    [Fact]
    public void Requests_take_turns_so_the_first_hospital_does_not_take_every_spare_bed()
    {
        var moves = BedRegulator.Assign(0, [Need("a", 5, 0), Need("b", 5, 0)], [Need("c", 4, 0)], AnyOther);

        Assert.Equal([("a", 2), ("b", 2)], moves.Select(m => (m.FromHospital, m.Patients.Ward)));
    }

    [Fact]
    public void Ward_patients_take_ward_beds_and_icu_patients_icu_beds()
    {
        var moves = BedRegulator.Assign(0, [Need("a", 3, 3)], [Need("b", 1, 2)], AnyOther);

        Assert.Equal(new LevelCounts(1, 2), Assert.Single(moves).Patients);
    }

    [Fact]
    public void A_patient_is_spread_across_hospitals_as_their_spare_beds_run_down()
    {
        var moves = BedRegulator.Assign(3, [Need("a", 6, 0)], [Need("b", 4, 0), Need("c", 3, 0)], AnyOther);

        Assert.Equal([("b", 4), ("c", 2)], moves.Select(m => (m.ToHospital, m.Patients.Ward)));
        Assert.All(moves, m => Assert.Equal((3, 4), (m.Day, m.DueDay)));
    }

    [Fact]
    public void Offers_a_request_may_not_use_are_never_used()
    {
        var moves = BedRegulator.Assign(0, [Need("a", 4, 0)], [Need("a", 9, 0), Need("b", 1, 0)], AnyOther);

        Assert.Equal([("b", 1)], moves.Select(m => (m.ToHospital, m.Patients.Ward)));
    }

    [Property(Arbitrary = new[] { typeof(RegulatorCases) }, MaxTest = 200)]
    public void Nobody_is_moved_beyond_what_was_asked_or_offered(RegulatorCase c)
    {
        var moves = BedRegulator.Assign(0, c.Requests, c.Offers, (from, to) => (from.HospitalId[^1] + to.HospitalId[^1]) % 3 != 0);

        foreach (var request in c.Requests)
        {
            var sent = moves.Where(m => m.FromHospital == request.HospitalId).Aggregate(default(LevelCounts), (s, m) => s + m.Patients);
            Assert.True(sent.Ward <= request.Beds.Ward && sent.Icu <= request.Beds.Icu, $"{request.HospitalId} sent {sent} of {request.Beds}");
        }

        foreach (var offer in c.Offers)
        {
            var taken = moves.Where(m => m.ToHospital == offer.HospitalId).Aggregate(default(LevelCounts), (s, m) => s + m.Patients);
            Assert.True(taken.Ward <= offer.Beds.Ward && taken.Icu <= offer.Beds.Icu, $"{offer.HospitalId} took {taken} of {offer.Beds}");
        }

        Assert.All(moves, m => Assert.True(m.Patients.Ward >= 0 && m.Patients.Icu >= 0 && m.Patients.Total > 0));
        Assert.Equal(moves, BedRegulator.Assign(0, c.Requests, c.Offers, (from, to) => (from.HospitalId[^1] + to.HospitalId[^1]) % 3 != 0));
    }

    [Property(Arbitrary = new[] { typeof(RegulatorCases) }, MaxTest = 200)]
    public void With_every_offer_open_the_regulator_places_as_many_patients_as_beds_allow(RegulatorCase c)
    {
        var moves = BedRegulator.Assign(0, c.Requests, c.Offers, (_, _) => true);

        var placed = moves.Aggregate(default(LevelCounts), (s, m) => s + m.Patients);
        var asked = c.Requests.Aggregate(default(LevelCounts), (s, r) => s + r.Beds);
        var spare = c.Offers.Aggregate(default(LevelCounts), (s, o) => s + o.Beds);
        Assert.Equal(new LevelCounts(Math.Min(asked.Ward, spare.Ward), Math.Min(asked.Icu, spare.Icu)), placed);
    }

    private static bool AnyOther(TransferNeed from, TransferNeed to) => from.HospitalId != to.HospitalId;

    private static TransferNeed Need(string id, int ward, int icu) => new(id, "o01", new LevelCounts(ward, icu));
}

/// <summary>Random requests (hospitals r0…) and offers (hospitals s0…) of 0-20 beds per level.</summary>
public sealed record RegulatorCase(TransferNeed[] Requests, TransferNeed[] Offers);

/// <summary>FsCheck generators of <see cref="RegulatorCase"/>.</summary>
public static class RegulatorCases
{
    public static Arbitrary<RegulatorCase> Cases() =>
        (from requests in Gen.Choose(0, 5)
         from offers in Gen.Choose(0, 6)
         from counts in Gen.Choose(0, 20).ArrayOf(2 * (requests + offers))
         select new RegulatorCase(
             [.. Enumerable.Range(0, requests).Select(i => new TransferNeed($"r{i}", "o01", new LevelCounts(counts[2 * i], counts[(2 * i) + 1])))],
             [.. Enumerable.Range(0, offers).Select(j => new TransferNeed($"s{j}", "o02", new LevelCounts(counts[2 * (requests + j)], counts[(2 * (requests + j)) + 1])))]))
        .ToArbitrary();
}
