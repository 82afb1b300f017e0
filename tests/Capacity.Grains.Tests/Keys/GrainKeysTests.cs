namespace Capacity.Grains.Tests.Keys;

public sealed class GrainKeysTests
{
    [Fact]
    public void Keys_are_namespaced_by_run_id_so_runs_never_share_a_grain()
    {
        var a = GrainKeys.For("run-1", "jal-hgz-001");
        var b = GrainKeys.For("run-2", "jal-hgz-001");

        Assert.Equal(("run-1/jal-hgz-001", "run-2/jal-hgz-001"), (a, b));
    }
}
