using System.Globalization;
using Capacity.Grains.Checkpoints;

namespace Capacity.Cli.Running;

/// <summary>The line a run prints on stderr when it recovered from a failure: the user should know it happened.</summary>
internal static class RecoveryNotice
{
    public static string Describe(RunRecovery recovery) => string.Create(
        CultureInfo.InvariantCulture,
        $"warning: day {recovery.FailedDay} failed ({recovery.Cause}); recovered from the checkpoint of day {recovery.ResumedFrom} "
        + $"and replayed it in {recovery.Downtime.TotalSeconds:0.0} s. The results are those of an uninterrupted run.");
}
