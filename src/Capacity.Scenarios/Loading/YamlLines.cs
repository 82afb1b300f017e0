using System.Globalization;
using System.Text;

namespace Capacity.Scenarios.Loading;

/// <summary>The line writers of the effective scenario (<see cref="ScenarioWriter"/> and the section writers).</summary>
internal static class YamlLines
{
    /// <summary>One level of indentation.</summary>
    public const string Indent = "  ";

    /// <summary>A key that opens a nested block.</summary>
    public static void Section(StringBuilder yaml, int depth, string key) => Field(yaml, depth, key, null);

    /// <summary><c>key: value</c> at <paramref name="depth"/> (no value: a section).</summary>
    public static void Field(StringBuilder yaml, int depth, string key, string? value)
    {
        for (var i = 0; i < depth; i++)
        {
            yaml.Append(Indent);
        }

        yaml.Append(key).Append(':');
        if (value is not null)
        {
            yaml.Append(' ').Append(value);
        }

        yaml.Append('\n');
    }

    /// <summary>A number in the schema's shortest round-trip form.</summary>
    public static string Number(double value) => CoreSchema.Number(value);

    /// <summary>A whole number, invariant culture.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An ISO date.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
