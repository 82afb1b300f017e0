using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Capacity.Results.Tests.TestData;

namespace Capacity.Results.Tests.Manifest;

public sealed class ManifestTests : IDisposable
{
    // The manifest keeps '+' and accents unescaped; compare re-serialised nodes the same way.
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly TempRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task The_manifest_lists_every_other_file_in_name_order_with_its_size_and_sha256()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var manifest = await ReadAsync(outcome.RunDirectory);
        var files = manifest["files"]!.AsArray();

        var others = TempRoot.Entries(outcome.RunDirectory).Where(n => n != "manifest.json").ToArray();
        Assert.Equal(others, files.Select(f => (string)f!["name"]!));
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(outcome.RunDirectory, (string)file!["name"]!));
            Assert.Equal(bytes.LongLength, (long)file["bytes"]!);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), (string)file["sha256"]!);
        }
    }

    [Fact]
    public async Task The_outcome_describes_every_file_including_the_manifest()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        Assert.Equal(TempRoot.Entries(outcome.RunDirectory), outcome.Files.Select(f => f.Name));
        var manifest = await File.ReadAllBytesAsync(Path.Combine(outcome.RunDirectory, "manifest.json"));
        Assert.Equal(
            new OutputFile("manifest.json", manifest.LongLength, Convert.ToHexStringLower(SHA256.HashData(manifest))),
            outcome.Files.Single(f => f.Name == "manifest.json"));
    }

    [Fact]
    public async Task Top_level_and_scenario_properties_come_in_a_fixed_order_and_the_source_path_is_an_execution_detail()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var manifest = await ReadAsync(outcome.RunDirectory);

        Assert.Equal(["formatVersion", "scenario", "kpis", "files", "execution"], manifest.Select(p => p.Key));
        Assert.Equal(5, (int)manifest["formatVersion"]!);
        var scenario = manifest["scenario"]!.AsObject();
        Assert.Equal(["name", "sha256", "seed", "start", "days", "network"], scenario.Select(p => p.Key));
        Assert.Equal(
            """{"name":"small-test","sha256":"ab12cd34","seed":42,"start":"2020-03-01","days":3,"network":{"name":"small","source":"test:small","ooads":2,"hospitals":3,"warehouses":2,"covidBedsWard":23,"covidBedsIcu":6}}""",
            scenario.ToJsonString());
        Assert.Equal(
            """{"engine":"inline","silos":0,"wallTimeSeconds":1.25,"startedAt":"2024-05-06T07:08:09.0000000+00:00","packageVersion":"0.1.0","machine":"test-host","processorCount":8,"scenarioPath":"/scenarios/small-test.yaml"}""",
            manifest["execution"]!.ToJsonString(Unescaped));
    }

    [Fact]
    public async Task Kpis_in_the_manifest_match_the_run()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var kpis = (await ReadAsync(outcome.RunDirectory))["kpis"]!.ToJsonString();

        Assert.Equal(
            """
            {"totalArrivals":34,"totalAdmittedWard":21,"totalAdmittedIcu":6,"totalTurnedAwayWard":4,"totalTurnedAwayIcu":3,
            "turnedAwayShare":0.20588235294117646,"deathsInCare":1,"deathsTurnedAway":3,
            "peakCensusWard":18,"peakCensusWardDate":"2020-03-03","peakCensusIcu":6,"peakCensusIcuDate":"2020-03-02",
            "peakOccupancyWard":0.782608695652174,"peakOccupancyIcu":1,"hospitalDaysAtCapacity":3,"stockOutHospitalDays":3,
            "ppeShortfallUnits":{"surgical_mask":5,"n95":7,"glove_pair":0,"gown":0,"goggles":0,"face_shield":0},
            "firstTurnedAwayDate":"2020-03-02","peakStretcherCensus":2,"peakStretcherCensusDate":"2020-03-03",
            "nonCovidDemandBedDays":252,"deferredBedDays":12,"deferredAdmissions":2.2900763358778624}
            """.ReplaceLineEndings(""),
            kpis);
    }

    [Fact]
    public async Task The_manifest_is_indented_utf8_without_bom_with_unix_line_endings()
    {
        var outcome = await Runs.RecordSmallAsync(_root.Combine("run"));

        var bytes = await File.ReadAllBytesAsync(Path.Combine(outcome.RunDirectory, "manifest.json"));
        var text = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.Equal((byte)'{', bytes[0]);
        Assert.DoesNotContain('\r', text);
        Assert.StartsWith("{\n  \"formatVersion\": 5,\n  \"scenario\": {\n    \"name\": \"small-test\",", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }

    private static async Task<JsonObject> ReadAsync(string runDirectory) =>
        JsonNode.Parse(
            await File.ReadAllTextAsync(Path.Combine(runDirectory, "manifest.json")),
            documentOptions: new JsonDocumentOptions())!.AsObject();
}
