using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Capacity.Scenarios.Loading;

/// <summary>
/// YAML 1.2 core-schema typing of plain scalars (null, bool, int, float; everything else a string), used both
/// to read scenario files and to decide when <see cref="ScenarioWriter"/> must quote a string.
/// </summary>
/// <remarks>
/// YAML 1.1 typing (YamlDotNet's serializer default) would read <c>no</c> as false and <c>010</c> as octal;
/// the 1.2 core schema is what editors with a JSON-schema plug-in assume, so files mean the same thing there.
/// </remarks>
internal static partial class CoreSchema
{
    /// <summary>The JSON value of a plain (unquoted, untagged) scalar.</summary>
    public static JValue ResolvePlain(string text)
    {
        if (IsNull(text))
        {
            return JValue.CreateNull();
        }

        if (text is "true" or "True" or "TRUE")
        {
            return new JValue(true);
        }

        if (text is "false" or "False" or "FALSE")
        {
            return new JValue(false);
        }

        return TryInteger(text) ?? TryFloat(text) ?? JValue.CreateString(text);
    }

    /// <summary>True when the text is one of the core schema's null forms.</summary>
    public static bool IsNull(string text) => text is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>
    /// The text to write for a string value: plain when it is a simple word that reads back as a string,
    /// double-quoted (with JSON-compatible escapes) otherwise.
    /// </summary>
    public static string QuoteIfNeeded(string value) =>
        SafePlain().IsMatch(value) && ResolvePlain(value).Type == JTokenType.String ? value : DoubleQuoted(value);

    /// <summary>A double-quoted YAML scalar; the escapes used are valid in both YAML and JSON.</summary>
    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    // Other controls and the Unicode line separators would change the text when read back.
                    if (char.IsControl(c) || c is '\u2028' or '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A number as written in scenario YAML: shortest round-trip form, core-schema spellings for non-finite values.</summary>
    public static string Number(double value) => value switch
    {
        double.PositiveInfinity => ".inf",
        double.NegativeInfinity => "-.inf",
        _ when double.IsNaN(value) => ".nan",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static JValue? TryInteger(string text)
    {
        if (DecimalInteger().IsMatch(text))
        {
            // Integers beyond long are kept as floats; the schema then reports "expected an integer".
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? new JValue(value)
                : new JValue(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        if (text.StartsWith("0o", StringComparison.Ordinal) && OctalDigits().IsMatch(text[2..]))
        {
            return ParseRadix(text, 8);
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && HexDigits().IsMatch(text[2..]))
        {
            return ParseRadix(text, 16);
        }

        return null;
    }

    private static JValue ParseRadix(string text, int radix)
    {
        // Convert.ToInt64 would wrap 64-bit patterns to negative numbers, so parse unsigned and range-check.
        try
        {
            var value = Convert.ToUInt64(text[2..], radix);
            if (value <= long.MaxValue)
            {
                return new JValue((long)value);
            }
        }
        catch (OverflowException)
        {
            // More than 64 bits: falls through to the text form below.
        }

        // Too large for any scenario field; kept as text so the schema reports the value as written.
        return JValue.CreateString(text);
    }

    private static JValue? TryFloat(string text)
    {
        if (Float().IsMatch(text))
        {
            return new JValue(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return text switch
        {
            ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" => new JValue(double.PositiveInfinity),
            "-.inf" or "-.Inf" or "-.INF" => new JValue(double.NegativeInfinity),
            ".nan" or ".NaN" or ".NAN" => new JValue(double.NaN),
            _ => null,
        };
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalInteger();

    [GeneratedRegex(@"^[0-7]+$", RegexOptions.CultureInvariant)]
    private static partial Regex OctalDigits();

    [GeneratedRegex(@"^[0-9a-fA-F]+$", RegexOptions.CultureInvariant)]
    private static partial Regex HexDigits();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();

    // Letters, digits, '_', '-', '.', starting with a letter, digit or '_': never YAML syntax in a value position.
    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SafePlain();
}
