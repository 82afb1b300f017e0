using Capacity.Domain.Reconversion;
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
}
