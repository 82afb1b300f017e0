namespace Capacity.Domain.Simulation;

/// <summary>Tabular output formats. Append only.</summary>
public enum OutputFormat
{
    Csv = 0,
    Parquet = 1,
}
