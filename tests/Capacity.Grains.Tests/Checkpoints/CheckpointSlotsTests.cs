using Capacity.Grains.Checkpoints;

namespace Capacity.Grains.Tests.Checkpoints;

public sealed class CheckpointSlotsTests
{
    [Fact]
    public void A_new_checkpoint_keeps_the_newest_earlier_one_in_case_it_is_the_committed_one()
    {
        var slots = CheckpointSlots<string>.None.With(0, "day 0").With(7, "day 7").With(14, "day 14");

        Assert.Equal([7, 14], slots.Slots.Select(s => s.Day));
        Assert.Equal("day 7", slots.At(7)?.State);
        Assert.Null(slots.At(0));
    }

    [Fact]
    public void Writing_a_checkpoint_day_again_after_a_recovery_replaces_the_earlier_attempt()
    {
        // Day 14 was written by some grains, the run failed before committing it, went back to 7 and reached 14 again.
        var slots = CheckpointSlots<string>.None.With(7, "day 7").With(14, "first attempt").With(14, "second attempt");

        Assert.Equal([7, 14], slots.Slots.Select(s => s.Day));
        Assert.Equal("second attempt", slots.At(14)?.State);
    }

    [Fact]
    public void Restarting_a_run_at_day_0_drops_every_slot_of_an_earlier_run_with_the_same_key()
    {
        var slots = CheckpointSlots<string>.None.With(7, "old").With(14, "old").With(0, "new");

        Assert.Equal([0], slots.Slots.Select(s => s.Day));
    }
}
