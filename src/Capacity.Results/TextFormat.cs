using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Capacity.Results;

/// <summary>
/// The one place numbers, dates and codes become text, always with the invariant culture, so every output
/// file is byte-identical whatever the machine's locale.
/// </summary>
internal static class TextFormat
{
    /// <summary>UTF-8 without a byte-order mark: the encoding of every text file of a run.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Line ending of every text file, whatever the operating system.</summary>
    public const string NewLine = "\n";

    /// <summary>Format of every date in the result files.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Format of ratios (days of supply, occupancy) in CSV: four decimals.</summary>
    public const string RatioFormat = "F4";

    /// <summary>Format of fractional quantities (ERC teams) in CSV: one decimal.</summary>
    public const string QuantityFormat = "F1";

    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Int(int value) => value.ToString(Culture);

    public static string Long(long value) => value.ToString(Culture);

    public static string Date(DateOnly value) => value.ToString(DateFormat, Culture);

    /// <summary>A count with thousands separators, for the human summary.</summary>
    public static string Count(long value) => value.ToString("N0", Culture);

    /// <summary>A share as a percentage with two decimals, for the human summary.</summary>
    public static string Percent(double value) => (value * 100).ToString("F2", Culture) + " %";

    /// <summary>
    /// The <see cref="SnakeCase"/> code of an enum value (<c>CapacityReached</c> → <c>capacity_reached</c>), made once
    /// per value: the daily tables write one on every row, and <c>ToString</c> + <see cref="SnakeCase"/> allocate two
    /// strings each time (22.7 MB per national year for the hospital type alone).
    /// </summary>
    public static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        EnumCodes<TEnum>.All.TryGetValue(value, out var code) ? code : SnakeCase(value.ToString());

    /// <summary><c>CapacityReached</c> → <c>capacity_reached</c>.</summary>
    public static string SnakeCase(string pascalCase)
    {
        var text = new StringBuilder(pascalCase.Length + 4);
        for (var i = 0; i < pascalCase.Length; i++)
        {
            var c = pascalCase[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>The codes of an enum's named values (an unnamed value falls back to formatting it each time).</summary>
    private static class EnumCodes<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> All =
            Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, v => SnakeCase(v.ToString()));
    }
}
