using System.Collections.Immutable;
using Capacity.Scenarios;

namespace Capacity.Results.Sweeps;

/// <summary>One swept field: <c>path=a,b,c</c>. Values are split at commas outside brackets, so <c>outputs.formats=[csv],[csv,parquet]</c> has two values.</summary>
public sealed record SweepParameter(string Path, ImmutableArray<string> Values)
{
    /// <exception cref="ScenarioException">No '=' or no value.</exception>
    public static SweepParameter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == text.Length - 1)
        {
            throw new ScenarioException([new ScenarioError("--param", 0, 0, equals > 0 ? text[..equals].Trim() : text.Trim(), $"expected path=value1,value2,…, got '{text}'")]);
        }

        var values = ImmutableArray.CreateBuilder<string>();
        var depth = 0;
        var start = equals + 1;
        for (var i = start; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] == ',' && depth == 0))
            {
                values.Add(text[start..i].Trim());
                start = i + 1;
            }
            else if (text[i] is '[' or '{')
            {
                depth++;
            }
            else if (text[i] is ']' or '}')
            {
                depth--;
            }
        }

        return new SweepParameter(text[..equals].Trim(), values.ToImmutable());
    }
}
