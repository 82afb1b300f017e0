using Capacity.Domain.Reconversion;

namespace Capacity.Domain.Tests.Reconversion;

public sealed class ReconversionPoliciesTests
{
    [Theory]
    [InlineData(ReconversionPolicyKind.None, typeof(NoReconversionPolicy))]
    [InlineData(ReconversionPolicyKind.Schedule, typeof(SchedulePolicy))]
    [InlineData(ReconversionPolicyKind.OccupancyTrigger, typeof(OccupancyTriggerPolicy))]
    public void The_policy_named_in_the_settings_is_the_one_created(ReconversionPolicyKind kind, Type expected)
    {
        var settings = new ReconversionSettings(kind, 5, 0.25, [], [], null, new OccupancyTrigger(0.8, 0.3, 3, 50));

        var policy = ReconversionPolicies.Create(settings, new DateOnly(2020, 3, 1), [], []);

        Assert.IsType(expected, policy);
    }
}
