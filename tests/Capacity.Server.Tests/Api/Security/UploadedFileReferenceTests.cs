using System.Net;
using System.Net.Http.Json;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Security;

/// <summary>
/// Uploaded YAML may name an observed-demand CSV by path. The open (keyless) validate endpoint must not become a way to
/// read files of the host: an error about such a file may name it, but never quote what is in it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class UploadedFileReferenceTests(CapacityApiFactory api)
{
    private const string Secret = "s3cr3t-line-of-a-host-file";

    [Theory]
    [InlineData("host-secret.csv", "date,ooad,admissions\n2020-04-01,ags,SECRET\n", false)]
    [InlineData("host-secret.txt", "SECRET:x:0:0:root:/root:/bin/bash\n", false)]
    [InlineData("host-secret.csv", "date,ooad,admissions\n2020-04-01,ags,SECRET\n", true)]
    public async Task Validating_a_scenario_that_names_a_host_file_does_not_quote_that_file(string name, string content, bool relative)
    {
        var hostFile = Path.Combine(api.RunsDirectory, name);
        await File.WriteAllTextAsync(hostFile, content.Replace("SECRET", Secret, StringComparison.Ordinal));
        var named = relative ? Path.GetRelativePath(CapacityApiFactory.ScenariosDirectory, hostFile) : hostFile;
        var yaml = File.ReadAllText(Path.Combine(CapacityApiFactory.ScenariosDirectory, "quick-mini.yaml"));
        using var client = api.Anonymous();

        using var response = await client.PostAsJsonAsync("/api/scenarios/validate", new
        {
            yaml,
            overrides = new Dictionary<string, string> { ["demand.model"] = "observed", ["demand.observed"] = $"{{file: {named}}}" },
        });

        var body = await response.Content.ReadAsStringAsync();
        Assert.False(body.Contains(Secret, StringComparison.Ordinal), $"the keyless validate endpoint quoted the host file: {body}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_upload_may_name_a_data_file_of_the_scenarios_folder()
    {
        var yaml = File.ReadAllText(Path.Combine(CapacityApiFactory.ScenariosDirectory, "observed-example.yaml"));
        using var client = api.Anonymous();

        using var response = await client.PostAsJsonAsync("/api/scenarios/validate", new { yaml });

        var summary = await ApiJson.ReadAsync(response, HttpStatusCode.OK, "validate observed-example as an upload");
        Assert.Equal("observed-example", summary.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_run_of_an_upload_that_names_a_file_outside_the_scenarios_folder_is_400()
    {
        var hostFile = Path.Combine(api.RunsDirectory, "outside.csv");
        await File.WriteAllTextAsync(hostFile, "date,ooad,admissions\n2020-04-01,ags,1\n");
        var yaml = File.ReadAllText(Path.Combine(CapacityApiFactory.ScenariosDirectory, "quick-mini.yaml"));
        using var client = api.Authorized();

        using var response = await client.PostAsJsonAsync("/api/runs", new
        {
            yaml,
            days = 15,
            overrides = new Dictionary<string, string> { ["demand.model"] = "observed", ["demand.observed"] = $"{{file: {hostFile}}}" },
        });

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest, "an upload naming an outside file");
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString()!.StartsWith("demand.observed", StringComparison.Ordinal));
    }
}
