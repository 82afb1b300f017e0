namespace Capacity.Results;

/// <summary>File names of a run directory (documented in docs/outputs.md).</summary>
internal static class OutputFileNames
{
    public const string DailyHospital = "daily_hospital";
    public const string DailyOoad = "daily_ooad";
    public const string DailyNational = "daily_national";
    public const string DailyWarehouse = "daily_warehouse";
    public const string Events = "events.csv";
    public const string Transfers = "transfers.csv";
    public const string Shipments = "shipments.csv";
    public const string Scenario = "scenario.yaml";
    public const string Summary = "summary.md";
    public const string Manifest = "manifest.json";
    public const string CsvExtension = ".csv";
    public const string ParquetExtension = ".parquet";
}
