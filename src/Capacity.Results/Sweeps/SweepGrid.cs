using System.Collections.Immutable;
using Capacity.Scenarios;

namespace Capacity.Results.Sweeps;

/// <summary>The cartesian product of swept values: cell count = product of value counts; the first parameter varies slowest.</summary>
public static class SweepGrid
{
    public static ImmutableArray<ImmutableArray<ScenarioOverride>> Cells(IReadOnlyList<SweepParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        IEnumerable<ImmutableArray<ScenarioOverride>> cells = [[]];
        foreach (var parameter in parameters)
        {
            cells = cells.SelectMany(cell => parameter.Values.Select(value => cell.Add(new ScenarioOverride(parameter.Path, value))));
        }

        return [.. cells];
    }

    /// <summary>Sub-directory of cell i: <c>cell-000</c>.</summary>
    public static string DirectoryName(int index) => "cell-" + index.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
}
