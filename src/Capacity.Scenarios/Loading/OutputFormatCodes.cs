using Capacity.Domain.Simulation;

namespace Capacity.Scenarios.Loading;

/// <summary>How output formats are spelt in scenario files (the schema's enum for <c>outputs.formats</c>).</summary>
internal static class OutputFormatCodes
{
    /// <summary>The lowercase code of a format.</summary>
    public static string Code(OutputFormat format) => format switch
    {
        OutputFormat.Csv => "csv",
        OutputFormat.Parquet => "parquet",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no scenario code for this output format"),
    };

    /// <summary>The format for a code the schema accepted.</summary>
    public static OutputFormat FromCode(string code) =>
        Enum.GetValues<OutputFormat>().Single(f => Code(f) == code);
}
