using System.Diagnostics;
using Capacity.Cli.Tests.Support;

namespace Capacity.Cli.Tests.Run;

/// <summary>An interrupted run (Ctrl+C) stops cleanly and leaves nothing behind.</summary>
public sealed class RunInterruptTests
{
    [Theory]
    [InlineData("run", "run", "scenarios/national-2020.yaml")]
    [InlineData("ensemble", "ens", "scenarios/national-2020.yaml", "--replicas", "4", "--parallel", "2")]
    [InlineData("sweep", "sw", "scenarios/national-2020.yaml", "--param", "transfers.policy=none,within-ooad,neighbours")]
    public async Task Ctrl_C_exits_130_and_leaves_no_output_directory_and_no_temp_directory(string verb, string name, params string[] arguments)
    {
        using var workspace = Workspace.Create();
        var output = workspace.PathOf("out");

        var result = await workspace.RunAsync(
            async pid =>
            {
                await WaitUntilAsync(() => Directory.Exists(output) && Directory.EnumerateDirectories(output, $".{name}.tmp-*").Any());
                await SendInterruptAsync(pid);
            },
            [verb, .. arguments, "--output", "out/" + name]);

        result.AssertExitCode(130);
        Assert.Contains("Cancelled: nothing was written.", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        // Polls the file system for the recorder's temp directory: the run has started writing when it appears.
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "The run never started writing.");
            await Task.Delay(50);
        }
    }

    private static async Task SendInterruptAsync(int pid)
    {
        using var kill = Process.Start("kill", ["-INT", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }
}
