namespace Capacity.Server.Tests.Browser.Support;

public sealed class ChromiumExecutableTests
{
    [Fact]
    public void A_missing_Chromium_fails_with_the_apt_get_command_that_installs_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-chromium-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<InvalidOperationException>(() => ChromiumExecutable.Find(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y chromium", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_executable_named_by_CAPACITY_CHROMIUM_is_used_as_it_is()
    {
        var existing = Environment.ProcessPath!;

        Assert.Equal(existing, ChromiumExecutable.Find(existing));
    }
}
