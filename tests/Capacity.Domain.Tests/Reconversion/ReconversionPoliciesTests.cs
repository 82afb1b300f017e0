using Capacity.Domain.Reconversion;
using Capacity.Domain.Staffing;
using Capacity.Domain.Tests.Support;

namespace Capacity.Domain.Tests.Reconversion;

public sealed class ReconversionPoliciesTests
{
    [Theory]
    [InlineData(ReconversionPolicyKind.None, typeof(NoReconversionPolicy))]
    [InlineData(ReconversionPolicyKind.Schedule, typeof(SchedulePolicy))]
    [InlineData(ReconversionPolicyKind.OccupancyTrigger, typeof(OccupancyTriggerPolicy))]
    [InlineData(ReconversionPolicyKind.ForecastTrigger, typeof(ForecastTriggerPolicy))]
    public void The_policy_named_in_the_settings_is_the_one_created(ReconversionPolicyKind kind, Type expected)
    {
        var parameters = TestScenarios.Parameters() with
        {
            Reconversion = new ReconversionSettings(
                kind, 5, 0.25, [], [], null, new OccupancyTrigger(0.8, 0.3, 3, 50), new ForecastTrigger(14, 0.15, 24)),
        };

        var policy = ReconversionPolicies.Create(parameters, TestScenarios.Network().Ooads[0], [], []);

        Assert.IsType(expected, policy);
    }

    [Fact]
    public void With_staffing_enabled_the_policy_carries_the_staffing_rules_and_decides_as_the_named_one()
    {
        var staffing = new StaffingSettings(true, 10, [], 0, StaffSplit.PlannedBeds, TeamRounding.Ooad, 0.01);
        var parameters = TestScenarios.Parameters() with { Staffing = staffing };

        var policy = ReconversionPolicies.Create(parameters, TestScenarios.Network().Ooads[0], [], []);

        var staffed = Assert.IsType<StaffedPolicy>(policy);
        Assert.IsType<NoReconversionPolicy>(staffed.Inner);
        Assert.Same(staffing, policy.Staffing);
    }

    [Fact]
    public void With_staffing_disabled_the_policy_has_no_staffing_rules()
    {
        var parameters = TestScenarios.Parameters() with { Staffing = StaffingSettings.Disabled };

        var policy = ReconversionPolicies.Create(parameters, TestScenarios.Network().Ooads[0], [], []);

        Assert.IsType<NoReconversionPolicy>(policy);
        Assert.Null(policy.Staffing);
    }
}
