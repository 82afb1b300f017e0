using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Scenarios;

/// <summary>
/// <c>POST /api/scenarios/validate</c> summarises the effective scenario of a YAML text, or answers 400 with the errors
/// located in <c>upload.yaml</c> (1-based line and column).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ScenarioValidationTests(CapacityApiFactory api)
{
    private static readonly string QuickMiniYaml = File.ReadAllText(Path.Combine(CapacityApiFactory.ScenariosDirectory, "quick-mini.yaml"));

    [Fact]
    public async Task A_valid_scenario_is_summarised_with_its_digest_and_effective_yaml()
    {
        using var client = api.Anonymous();

        using var response = await client.PostAsJsonAsync("/api/scenarios/validate", new { yaml = QuickMiniYaml });

        var summary = await ApiJson.ReadAsync(response, HttpStatusCode.OK, "validate quick-mini");
        Assert.Equal("quick-mini", summary.GetProperty("name").GetString());
        Assert.Equal(60, summary.GetProperty("days").GetInt32());
        Assert.True(summary.GetProperty("valid").GetBoolean());
        Assert.Matches("^[0-9a-f]{64}$", summary.GetProperty("sha256").GetString());
        Assert.Contains("name: quick-mini", summary.GetProperty("effectiveYaml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overrides_change_the_effective_scenario()
    {
        using var client = api.Anonymous();

        using var plain = await client.PostAsJsonAsync("/api/scenarios/validate", new { yaml = QuickMiniYaml });
        using var overridden = await client.PostAsJsonAsync(
            "/api/scenarios/validate",
            new { yaml = QuickMiniYaml, overrides = new Dictionary<string, string> { ["days"] = "20", ["seed"] = "99" } });

        var before = await ApiJson.ReadAsync(plain, HttpStatusCode.OK, "validate");
        var after = await ApiJson.ReadAsync(overridden, HttpStatusCode.OK, "validate with overrides");
        Assert.Equal(20, after.GetProperty("days").GetInt32());
        Assert.Equal(99, after.GetProperty("seed").GetInt64());
        Assert.NotEqual(before.GetProperty("sha256").GetString(), after.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task The_validated_digest_and_effective_yaml_are_those_a_run_of_the_same_text_records()
    {
        var overrides = new Dictionary<string, string> { ["days"] = "12", ["seed"] = "61" };
        using var client = api.Authorized();
        using var validated = await client.PostAsJsonAsync("/api/scenarios/validate", new { yaml = QuickMiniYaml, overrides });
        var summary = await ApiJson.ReadAsync(validated, HttpStatusCode.OK, "validate");

        var uploaded = await api.RunToCompletionAsync(new { yaml = QuickMiniYaml, overrides });
        var named = await api.RunToCompletionAsync(new { scenario = "quick-mini", overrides });

        foreach (var id in new[] { uploaded, named })
        {
            using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(api.RunDirectory(id), "manifest.json")));
            Assert.Equal(summary.GetProperty("sha256").GetString(), manifest.RootElement.GetProperty("scenario").GetProperty("sha256").GetString());
            Assert.Equal(summary.GetProperty("effectiveYaml").GetString(), File.ReadAllText(Path.Combine(api.RunDirectory(id), "scenario.yaml")));
        }
    }

    [Fact]
    public async Task Validation_needs_no_api_key_and_writes_nothing_to_the_runs_directory()
    {
        using var client = api.Anonymous();
        var before = Directory.GetFileSystemEntries(api.RunsDirectory).Order(StringComparer.Ordinal).ToArray();

        using var response = await client.PostAsJsonAsync("/api/scenarios/validate", new { yaml = QuickMiniYaml });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, Directory.GetFileSystemEntries(api.RunsDirectory).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unknown_field_is_reported_at_its_line_and_column_in_upload_yaml()
    {
        var (yaml, line) = WithLineAfterDemand("  atackRate: 0.1");
        using var client = api.Anonymous();

        using var response = await client.PostAsJsonAsync("/api/scenarios/validate", new { yaml });

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest, "validate a typo");
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("upload.yaml", error.GetProperty("file").GetString());
        Assert.Equal(line, error.GetProperty("line").GetInt32());
        Assert.Equal(3, error.GetProperty("column").GetInt32());
        Assert.Equal("demand.atackRate", error.GetProperty("path").GetString());
        Assert.Equal("unknown field 'atackRate' (did you mean 'attackRate'?)", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_tab_indented_line_is_a_yaml_error_at_that_line()
    {
        var (yaml, line) = WithLineAfterDemand("\tattackRate: 0.1");
        using var client = api.Anonymous();

        using var response = await client.PostAsJsonAsync("/api/scenarios/validate", new { yaml });

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest, "validate a tab");
        var errors = problem.GetProperty("errors").EnumerateArray().ToArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("upload.yaml", e.GetProperty("file").GetString()));
        Assert.True(line == errors[0].GetProperty("line").GetInt32(), $"expected the error at line {line}: {problem}");
        Assert.True(errors[0].GetProperty("column").GetInt32() >= 1, $"column should be 1-based: {errors[0]}");
    }

    [Fact]
    public async Task A_shock_added_by_indexed_overrides_counts_in_the_summary_and_changes_the_run()
    {
        var shock = new Dictionary<string, string>
        {
            ["shocks[0].kind"] = "demand-surge",
            ["shocks[0].from"] = "2020-04-03",
            ["shocks[0].days"] = "10",
            ["shocks[0].factor"] = "3",
        };
        using var client = api.Authorized();

        using var response = await client.PostAsJsonAsync("/api/scenarios/validate", new { yaml = QuickMiniYaml, overrides = shock });

        var summary = await ApiJson.ReadAsync(response, HttpStatusCode.OK, "validate with a shock");
        Assert.Equal(1, summary.GetProperty("shocks").GetInt32());
        var plain = await api.CompletedQuickMiniAsync();
        var surged = await api.RunToCompletionAsync(new { scenario = "quick-mini", days = ApiRuns.QuickDays, overrides = shock });
        var before = CsvTable.Read(Path.Combine(api.RunDirectory(plain), "daily_national.csv"));
        var after = CsvTable.Read(Path.Combine(api.RunDirectory(surged), "daily_national.csv"));
        Assert.True(
            after.Rows.Sum(r => after.Long(r, "arrivals_ward")) > before.Rows.Sum(r => before.Long(r, "arrivals_ward")),
            "a threefold demand surge brought no more ward arrivals");
    }

    [Fact]
    public async Task A_shock_without_its_value_field_is_400_naming_the_field()
    {
        using var client = api.Anonymous();

        using var response = await client.PostAsJsonAsync("/api/scenarios/validate", new
        {
            yaml = QuickMiniYaml,
            overrides = new Dictionary<string, string> { ["shocks[0].kind"] = "demand-surge", ["shocks[0].from"] = "2020-04-03", ["shocks[0].days"] = "10" },
        });

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest, "a shock without factor");
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString()!.StartsWith("shocks[0]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_override_value_is_400_with_errors()
    {
        using var client = api.Anonymous();

        using var response = await client.PostAsJsonAsync(
            "/api/scenarios/validate",
            new { yaml = QuickMiniYaml, overrides = new Dictionary<string, string> { ["demand.attackRate"] = "abc" } });

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest, "validate a bad override");
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("demand.attackRate", error.GetProperty("path").GetString());
        Assert.Contains("expected a number", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_without_yaml_is_400()
    {
        using var client = api.Anonymous();

        using var response = await client.PostAsJsonAsync("/api/scenarios/validate", new { overrides = new Dictionary<string, string>() });

        await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest, "validate without yaml");
    }

    /// <summary>quick-mini.yaml with <paramref name="inserted"/> as the first line under <c>demand:</c>, and that line's 1-based number.</summary>
    private static (string Yaml, int Line) WithLineAfterDemand(string inserted)
    {
        var lines = QuickMiniYaml.Split('\n').ToList();
        var demand = lines.FindIndex(l => l.TrimEnd('\r') == "demand:");
        Assert.True(demand >= 0, "quick-mini.yaml has no top-level 'demand:' line.");
        lines.Insert(demand + 1, inserted);
        return (string.Join('\n', lines), demand + 2);
    }
}
