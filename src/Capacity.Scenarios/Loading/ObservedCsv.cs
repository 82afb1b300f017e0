using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using Capacity.Domain.Demand;
using Capacity.Domain.Network;
using CsvHelper;
using Newtonsoft.Json.Linq;

namespace Capacity.Scenarios.Loading;

/// <summary>
/// Reads the observed-admissions file of <c>demand.observed.file</c> (columns documented in docs/scenarios.md): a
/// header with <c>date</c>, <c>ooad</c>, <c>admissions</c> and optionally <c>icu_admissions</c>, then one row per OOAD and
/// date. Every problem is reported with the CSV file, its line and the column's position (1-based field number).
/// </summary>
internal static class ObservedCsv
{
    private static readonly string[] Required = ["date", "ooad", "admissions"];

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        FormatProvider = CultureInfo.InvariantCulture,
        TrackLineNumbers = true,
    };

    /// <summary>The data, or null with every problem reported (also when the model is not <c>observed</c>).</summary>
    public static ObservedDemand? Load(JObject? demand, HospitalNetwork network, Diagnostics diagnostics)
    {
        if (demand?["model"] is not JValue { Value: "observed" })
        {
            return null;
        }

        var field = demand["observed"]?["file"];
        if (field is not JValue { Value: string name })
        {
            diagnostics.Add(diagnostics.LocationOf(demand), "demand.observed.file", "the observed model needs demand.observed.file, a CSV of daily admissions per OOAD");
            return null;
        }

        var baseDirectory = diagnostics.DataDirectory ?? Path.GetDirectoryName(Path.GetFullPath(diagnostics.File)) ?? ".";
        var path = Path.GetFullPath(Path.IsPathRooted(name) ? name : Path.Combine(baseDirectory, name));
        if (diagnostics.DataDirectory is { } confined
            && !path.StartsWith(Path.TrimEndingDirectorySeparator(confined) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            diagnostics.Report(field, $"'{name}' is outside the scenarios folder: an uploaded scenario can only name files in it");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(field, $"cannot read '{name}' (looked for {path}): {ex.Message}");
            return null;
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (demand["observed"]?["sha256"] is JValue { Value: string expected } written && !string.Equals(expected, sha, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Report(written, $"'{name}' has changed since this scenario was written: its SHA-256 is {sha}");
            return null;
        }

        var problems = new List<ScenarioError>();
        Dictionary<string, List<ObservedPoint>> rows;
        try
        {
            rows = Parse(bytes, name, network, problems);
        }
        catch (Exception ex) when (ex is CsvFormatException or CsvValidationException)
        {
            diagnostics.Add(new ScenarioError(name, 0, 0, "demand.observed.file", $"not a readable CSV file: {ex.Message}"));
            return null;
        }
        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ScenarioError(name, 1, 1, "demand.observed.file", "the file has no data rows"));
        }
        else if (problems.Count == 0)
        {
            foreach (var missing in network.Ooads.Select(o => o.Code).Where(code => !rows.ContainsKey(code)))
            {
                problems.Add(new ScenarioError(name, 0, 0, "demand.observed.file", $"OOAD '{missing}' of the network has no rows"));
            }
        }

        foreach (var problem in problems.Take(50))
        {
            diagnostics.Add(problem);
        }

        return problems.Count > 0
            ? null
            : new ObservedDemand(name, sha, rows.ToImmutableSortedDictionary(p => p.Key, p => p.Value.OrderBy(r => r.Date).ToImmutableArray(), StringComparer.Ordinal));
    }

    private static Dictionary<string, List<ObservedPoint>> Parse(byte[] bytes, string name, HospitalNetwork network, List<ScenarioError> problems)
    {
        var codes = network.Ooads.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var rows = new Dictionary<string, List<ObservedPoint>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, DateOnly)>();
        using var csv = CsvReader.Create(new MemoryStream(bytes), Options, leaveOpen: false);
        csv.ReadHeader();
        var header = csv.Headers.Select(h => h.Trim()).ToArray();
        if (header.Length == 0 || header.All(string.IsNullOrEmpty))
        {
            problems.Add(new ScenarioError(name, 1, 1, "demand.observed.file", "the file is empty: it needs a header date,ooad,admissions[,icu_admissions]"));
            return rows;
        }

        var column = header.Select((h, i) => (h, i)).GroupBy(p => p.h, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        foreach (var missing in Required.Where(r => !column.ContainsKey(r)))
        {
            problems.Add(new ScenarioError(name, 1, 1, "demand.observed.file", $"the header has no '{missing}' column (it has: {string.Join(", ", header)})"));
        }

        if (problems.Count > 0)
        {
            return rows;
        }

        var hasIcu = column.ContainsKey("icu_admissions");
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            string Field(string col) => column.TryGetValue(col, out var i) && i < csv.FieldCount ? csv.GetString(i).Trim() : "";
            void Problem(string col, string message) => problems.Add(new ScenarioError(name, line, column[col] + 1, "demand.observed.file", $"{col}: {message}"));
            var dateText = Field("date");
            var code = Field("ooad");
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Problem("date", $"must be a date yyyy-MM-dd, got '{dateText}'");
                continue;
            }

            if (!codes.Contains(code))
            {
                Problem("ooad", $"unknown OOAD '{code}'{Suggestions.DidYouMean(code, codes)}");
                continue;
            }

            var admissions = Count(Field("admissions"), "admissions", Problem);
            var icuText = Field("icu_admissions");
            var icu = hasIcu && icuText.Length > 0 ? Count(icuText, "icu_admissions", Problem) : null;
            if (admissions is null || (icuText.Length > 0 && icu is null))
            {
                continue;
            }

            if (icu > admissions)
            {
                Problem("icu_admissions", $"{icu} ICU admissions are more than the {admissions} admissions of the row");
                continue;
            }

            if (!seen.Add((code, date)))
            {
                Problem("date", $"a second row for OOAD '{code}' on {dateText}");
                continue;
            }

            if (!rows.TryGetValue(code, out var list))
            {
                rows[code] = list = [];
            }

            list.Add(new ObservedPoint(date, admissions.Value, icu));
        }

        return rows;
    }

    private static double? Count(string? text, string col, Action<string, string> problem)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            problem(col, $"must be a number, got '{text}'");
            return null;
        }

        if (value < 0)
        {
            problem(col, $"must not be negative, got {text}");
            return null;
        }

        return value;
    }
}
