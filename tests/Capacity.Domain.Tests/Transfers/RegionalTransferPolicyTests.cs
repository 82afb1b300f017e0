using System.Collections.Immutable;
using Capacity.Domain.Care;
using Capacity.Domain.Reconversion;
using Capacity.Domain.Transfers;

namespace Capacity.Domain.Tests.Transfers;

public sealed class RegionalTransferPolicyTests
{
    private static readonly TransferSettings Chain = new(
        TransferPolicyKind.Neighbours,
        0,
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new[]
        {
            KeyValuePair.Create("o01", ImmutableArray.Create("o02")),
            KeyValuePair.Create("o02", ImmutableArray.Create("o01", "o03")),
            KeyValuePair.Create("o03", ImmutableArray.Create("o02")),
        }),
        10,
        7);

    [Fact]
    public void Within_ooad_moves_unplaced_arrivals_to_another_hospital_of_the_ooad()
    {
        var policy = new RegionalTransferPolicy(Chain with { Policy = TransferPolicyKind.WithinOoad }, acrossOoads: false);

        var plan = policy.Within(4, "o01", [Full("o01-a", unplaced: new LevelCounts(3, 1)), Spare("o01-b", new LevelCounts(10, 4), new LevelCounts(8, 2))]);

        var move = Assert.Single(plan.Moves);
        Assert.Equal(("o01-a", "o01-b", new LevelCounts(2, 1), 5), (move.FromHospital, move.ToHospital, move.Patients, move.DueDay));
        Assert.Empty(plan.Requests);
        Assert.Empty(plan.Offers);
    }

    [Fact]
    public void The_reserve_keeps_a_share_of_the_receiving_hospitals_beds_for_its_own_patients()
    {
        var policy = new RegionalTransferPolicy(Chain with { ReserveShare = 0.25 }, acrossOoads: false);

        // 10 ward beds, 4 in use: 6 free, ⌈2.5⌉ = 3 kept, 3 to spare.
        var spare = policy.Spare(Spare("o01-b", new LevelCounts(10, 0), new LevelCounts(4, 0)));

        Assert.Equal(new LevelCounts(3, 0), spare);
    }

    [Fact]
    public void Patients_who_arrived_by_transfer_and_found_no_bed_are_not_moved_again()
    {
        var policy = new RegionalTransferPolicy(Chain, acrossOoads: false);
        var failed = Full("o01-a", unplaced: default) with { TurnedAway = new LevelCounts(2, 0), TransfersIn = new LevelCounts(2, 0) };

        var plan = policy.Within(0, "o01", [failed, Spare("o01-b", new LevelCounts(10, 4), default)]);

        Assert.Empty(plan.Moves);
    }

    [Fact]
    public void The_neighbours_policy_leaves_what_the_ooad_cannot_place_as_requests_and_its_spare_beds_as_offers()
    {
        var policy = new RegionalTransferPolicy(Chain, acrossOoads: true);

        var plan = policy.Within(0, "o01", [Full("o01-a", unplaced: new LevelCounts(5, 0)), Spare("o01-b", new LevelCounts(10, 4), new LevelCounts(8, 1))]);

        Assert.Equal(new LevelCounts(2, 0), Assert.Single(plan.Moves).Patients);
        Assert.Equal(new TransferNeed("o01-a", "o01", new LevelCounts(3, 0)), Assert.Single(plan.Requests));
        Assert.Equal(new TransferNeed("o01-b", "o01", new LevelCounts(0, 3)), Assert.Single(plan.Offers));
    }

    [Fact]
    public void Between_ooads_patients_only_go_to_a_neighbouring_ooad()
    {
        var policy = new RegionalTransferPolicy(Chain, acrossOoads: true);
        OoadTransfers[] ooads =
        [
            new("o01", [], [new TransferNeed("o01-a", "o01", new LevelCounts(4, 0))], []),
            new("o02", [], [], [new TransferNeed("o02-a", "o02", new LevelCounts(1, 0))]),
            new("o03", [], [], [new TransferNeed("o03-a", "o03", new LevelCounts(50, 50))]),
        ];

        var moves = policy.Between(9, ooads);

        var move = Assert.Single(moves);
        Assert.Equal(("o01-a", "o02-a", new LevelCounts(1, 0), true), (move.FromHospital, move.ToHospital, move.Patients, move.BetweenOoads));
    }

    [Fact]
    public void The_within_ooad_policy_sends_nobody_to_another_ooad()
    {
        var policy = new RegionalTransferPolicy(Chain with { Policy = TransferPolicyKind.WithinOoad }, acrossOoads: false);
        OoadTransfers[] ooads =
        [
            new("o01", [], [new TransferNeed("o01-a", "o01", new LevelCounts(4, 0))], []),
            new("o02", [], [], [new TransferNeed("o02-a", "o02", new LevelCounts(9, 0))]),
        ];

        Assert.Empty(policy.Between(0, ooads));
    }

    [Fact]
    public void The_none_policy_moves_nobody()
    {
        var policy = TransferPolicies.Create(Chain with { Policy = TransferPolicyKind.None });

        var plan = policy.Within(0, "o01", [Full("o01-a", unplaced: new LevelCounts(5, 5)), Spare("o01-b", new LevelCounts(50, 50), default)]);

        Assert.Empty(plan.Moves);
        Assert.Empty(plan.Requests);
        Assert.Empty(plan.Offers);
        Assert.IsType<NoTransferPolicy>(TransferPolicies.Create(null));
    }

    /// <summary>A full hospital (10 + 2 beds, all occupied) with today's unplaced arrivals.</summary>
    internal static HospitalDayReport Full(string id, LevelCounts unplaced) =>
        Report(id, new LevelCounts(10, 2), new LevelCounts(10, 2)) with
        {
            Arrivals = unplaced,
            TurnedAway = unplaced,
            TransferCandidates = unplaced,
        };

    internal static HospitalDayReport Spare(string id, LevelCounts beds, LevelCounts census) => Report(id, beds, census);

    private static HospitalDayReport Report(string id, LevelCounts beds, LevelCounts census) =>
        new(0, id, id[..3], beds, default, default, default, default, default, 0, census, [], ReconversionPhase.None, HospitalRole.Hybrid, 0, 0, 0, 0, 0, 0);
}
