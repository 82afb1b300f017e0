using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Capacity.Cli.Tests.Support;

/// <summary>Reads what a <c>capacity run</c> wrote (docs/outputs.md).</summary>
public static class RunDirectory
{
    /// <summary>Files written for the CSV-only format list of quick-mini.yaml, in ordinal order.</summary>
    public static readonly string[] CsvFiles =
    [
        "daily_hospital.csv",
        "daily_national.csv",
        "daily_ooad.csv",
        "daily_warehouse.csv",
        "events.csv",
        "manifest.json",
        "scenario.yaml",
        "shipments.csv",
        "summary.md",
        "transfers.csv",
    ];

    /// <summary>Files written when both CSV and Parquet are asked for, in ordinal order.</summary>
    public static readonly string[] CsvAndParquetFiles =
    [
        "daily_hospital.csv",
        "daily_hospital.parquet",
        "daily_national.csv",
        "daily_national.parquet",
        "daily_ooad.csv",
        "daily_ooad.parquet",
        "daily_warehouse.csv",
        "daily_warehouse.parquet",
        "events.csv",
        "manifest.json",
        "scenario.yaml",
        "shipments.csv",
        "summary.md",
        "transfers.csv",
    ];

    /// <summary>Names of the files in a run directory, sub-directories (plots/) included as '/' paths, in ordinal order.</summary>
    public static string[] FileNames(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The parsed manifest.json.</summary>
    public static JsonObject Manifest(string directory) =>
        JsonNode.Parse(File.ReadAllBytes(Path.Combine(directory, "manifest.json")))!.AsObject();

    /// <summary>Lower-case hex SHA-256 of a file.</summary>
    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>The values of one column of a CSV file whose cells hold no commas, header excluded.</summary>
    public static string[] Column(string csvPath, string column)
    {
        var lines = File.ReadAllLines(csvPath);
        var index = Array.IndexOf(lines[0].Split(','), column);
        Assert.True(index >= 0, $"{Path.GetFileName(csvPath)} has no column '{column}'.");
        return lines.Skip(1).Select(line => line.Split(',')[index]).ToArray();
    }
}
