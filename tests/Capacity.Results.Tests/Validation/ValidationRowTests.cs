using Capacity.Results.Validation;

namespace Capacity.Results.Tests.Validation;

public sealed class ValidationRowTests
{
    [Theory]
    [InlineData(120, 120, "120", "0.00%", true)]
    [InlineData(120, 126, "126", "+5.00%", true)]
    [InlineData(120, 114, "114", "-5.00%", true)]
    [InlineData(120, 127, "127", "+5.83%", false)]
    [InlineData(13_321, 13_316, "13,316", "-0.04%", true)]
    [InlineData(2_497, 0, "0", "-100.00%", false)]
    public void The_error_is_a_signed_percentage_with_two_decimals_and_exactly_the_tolerance_is_within(
        int seed, long model, string modelText, string errorText, bool within)
    {
        var row = ValidationRow.Measured(new SeedFigure("f", "003 L1", seed), model, 0.05);

        Assert.Equal((modelText, errorText, within, within ? "yes" : "no"), (row.ModelText, row.ErrorText, row.Within, row.WithinText));
    }

    [Fact]
    public void A_missing_value_shows_its_reason_a_dash_for_the_error_and_is_not_within()
    {
        var row = ValidationRow.Missing(new SeedFigure("Phase I hospitals", "003 L1984-1987", 81), ValidationRow.NotReached);

        Assert.Equal(["Phase I hospitals", "003 L1984-1987", "81", "not reached", "—", "no"], row.Cells);
        Assert.Null(row.Error);
    }

    [Fact]
    public void Seed_figures_come_in_report_order_with_their_values()
    {
        Assert.Equal(
            [("Phase I hospitals", 81), ("Phase I COVID beds", 379), ("Phase II hospitals", 120), ("Phase II COVID beds", 2_420),
                ("Phase III units, 30 Jun 2020", 201), ("Phase III COVID beds, 30 Jun 2020", 13_321),
                ("COVID-exclusive hospitals, 30 Jun 2020", 29), ("Hybrid hospitals, 30 Jun 2020", 155),
                ("Temporary hospitals, 30 Jun 2020", 7), ("Expansion units, 30 Jun 2020", 8),
                ("Convalescence units, 30 Jun 2020", 2), ("ERC teams, 30 Jun 2020", 2_497)],
            SeedFigures.All.Select(f => (f.Name, f.Value)));
    }
}
