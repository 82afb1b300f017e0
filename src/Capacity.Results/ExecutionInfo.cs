namespace Capacity.Results;

/// <summary>
/// How and where a run executed. Only this part of a run directory may differ between two runs of the
/// same scenario, and it only appears in the <c>execution</c> block of <c>manifest.json</c>.
/// </summary>
/// <param name="Engine">Engine name (<c>inline</c>, <c>orleans</c>).</param>
/// <param name="Silos">Number of silos (0 for the inline engine).</param>
/// <param name="WallTime">Elapsed wall-clock time of the run.</param>
/// <param name="StartedAt">Wall-clock start of the run.</param>
/// <param name="PackageVersion">Version of the Capacity build that ran.</param>
/// <param name="MachineName">Host name.</param>
/// <param name="ProcessorCount">Logical processors of the host.</param>
public sealed record ExecutionInfo(
    string Engine,
    int Silos,
    TimeSpan WallTime,
    DateTimeOffset StartedAt,
    string PackageVersion,
    string MachineName,
    int ProcessorCount);
