using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Capacity.Domain.Simulation;
using Capacity.Results.Tests.TestData;

namespace Capacity.Results.Tests.Plots;

/// <summary>A run whose scenario has <c>outputs.plots</c> draws its charts into <c>plots/</c> and lists them in the manifest.</summary>
public sealed class RunPlotTests : IDisposable
{
    private static readonly string[] Charts =
    [
        "national_census", "ooad/census_aaa", "ooad/census_bbb",
        "stock_face_shield", "stock_glove_pair", "stock_goggles", "stock_gown", "stock_n95", "stock_surgical_mask",
    ];

    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task A_run_with_plots_writes_each_chart_as_png_and_svg_and_lists_them_in_the_manifest_with_their_sha256()
    {
        var outcome = await RecordWithPlotsAsync("run");

        var expected = Charts.SelectMany(c => new[] { $"plots/{c}.png", $"plots/{c}.svg" }).Order(StringComparer.Ordinal).ToArray();
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(outcome.RunDirectory, "manifest.json")))!;
        var listed = manifest["files"]!.AsArray().Select(f => (string)f!["name"]!).ToArray();
        Assert.Equal(expected, listed.Where(n => n.StartsWith("plots/", StringComparison.Ordinal)));
        Assert.Equal(listed.Order(StringComparer.Ordinal), listed);
        foreach (var file in manifest["files"]!.AsArray().Where(f => ((string)f!["name"]!).StartsWith("plots/", StringComparison.Ordinal)))
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(outcome.RunDirectory, (string)file!["name"]!));
            Assert.Equal(bytes.LongLength, (long)file["bytes"]!);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), (string)file["sha256"]!);
        }

        Assert.Equal(expected, outcome.Files.Select(f => f.Name).Where(n => n.StartsWith("plots/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Every_png_starts_with_the_png_signature_and_is_1200_by_600_pixels()
    {
        var outcome = await RecordWithPlotsAsync("run");

        foreach (var chart in Charts)
        {
            var png = await File.ReadAllBytesAsync(Path.Combine(outcome.RunDirectory, "plots", chart + ".png"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
            Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
            Assert.Equal((1200, 600), (BigEndian(png, 16), BigEndian(png, 20)));
        }
    }

    [Fact]
    public async Task Every_svg_parses_as_xml_names_the_scenario_in_its_title_and_carries_no_process_numbered_ids()
    {
        var outcome = await RecordWithPlotsAsync("run");

        var svg = await File.ReadAllTextAsync(Path.Combine(outcome.RunDirectory, "plots", "national_census.svg"));
        var document = XDocument.Parse(svg);
        Assert.Equal("svg", document.Root!.Name.LocalName);
        Assert.Contains("small-test — national COVID census vs COVID beds", document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()));
        Assert.DoesNotContain("cl_", svg, StringComparison.Ordinal);
        Assert.Contains("url(#clip1)", svg, StringComparison.Ordinal);
        Assert.Contains("font-family=\"DejaVu Sans, Verdana, sans-serif\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("font-family=\"DejaVu Sans\"", svg, StringComparison.Ordinal);
        foreach (var chart in Charts)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(outcome.RunDirectory, "plots", chart + ".svg"));
            Assert.Contains("small-test — ", XDocument.Parse(text).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).First(v => v.Contains('—')), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_same_run_recorded_twice_in_one_process_draws_byte_identical_charts()
    {
        var first = await RecordWithPlotsAsync("first");
        var second = await RecordWithPlotsAsync("second");

        RunDirectories.AssertIdentical(first.RunDirectory, second.RunDirectory);
        Assert.Contains(first.Files, f => f.Name == "plots/national_census.svg");
    }

    [Fact]
    public async Task A_run_without_plots_writes_no_plot_directory_and_lists_no_plot()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        Assert.False(Directory.Exists(Path.Combine(outcome.RunDirectory, "plots")));
        Assert.DoesNotContain(outcome.Files, f => f.Name.Contains('/'));
    }

    [Fact]
    public async Task Drawing_the_charts_changes_no_other_file_of_the_run()
    {
        var with = await RecordWithPlotsAsync("with");
        var scenario = SmallRun.Scenario(OutputFormat.Csv);
        var without = await Runs.RecordAsync(_root.Combine("without"), scenario, SmallRun.Days(scenario));

        var others = with.Files.Where(f => !f.Name.StartsWith("plots/", StringComparison.Ordinal) && f.Name != "manifest.json").ToArray();
        Assert.Equal(others, without.Files.Where(f => f.Name != "manifest.json"));
    }

    private Task<RunOutcome> RecordWithPlotsAsync(string name)
    {
        var scenario = SmallRun.Scenario(OutputFormat.Csv) with { Plots = true };
        return Runs.RecordAsync(_root.Combine(name), scenario, SmallRun.Days(scenario));
    }

    private static int BigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
}
