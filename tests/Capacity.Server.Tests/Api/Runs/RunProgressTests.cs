using System.Net;
using System.Net.Http.Json;
using Capacity.Server.Tests.Api.Support;

namespace Capacity.Server.Tests.Api.Runs;

/// <summary>The status of a running run tells how far it is: days done, progress, the latest day and the history so far.</summary>
[Collection(ApiCollection.Name)]
public sealed class RunProgressTests(CapacityApiFactory api)
{
    [Fact]
    public async Task A_running_run_reports_consistent_days_done_progress_latest_day_and_history()
    {
        using var client = api.Authorized();
        var id = await ApiRuns.StartAsync(client, ApiRuns.LongQuickMini());
        try
        {
            var run = await ApiRuns.WaitAsync(client, id, r => r.GetProperty("daysDone").GetInt32() >= 3, "3 days done");

            var done = run.GetProperty("daysDone").GetInt32();
            Assert.Equal("running", run.GetProperty("status").GetString());
            Assert.Equal((double)done / ApiRuns.LongDays, run.GetProperty("progress").GetDouble(), 6);
            Assert.Equal(done - 1, run.GetProperty("latest").GetProperty("day").GetInt32());
            Assert.Equal(done, run.GetProperty("history").GetArrayLength());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, run.GetProperty("finishedAt").ValueKind);
        }
        finally
        {
            using var cancel = await client.PostAsync($"/api/runs/{id}/cancel", null);
        }
    }

    [Theory]
    [InlineData("..%2F..%2Fetc")]
    [InlineData("a%20b")]
    [InlineData("%2Ftmp")]
    public async Task A_run_id_that_is_not_a_run_name_is_400_or_404(string id)
    {
        using var client = api.Authorized();

        using var get = await client.GetAsync($"/api/runs/{id}");
        using var delete = await client.DeleteAsync($"/api/runs/{id}");

        Assert.Contains(get.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.NotFound });
        Assert.Contains(delete.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.NotFound });
        Assert.True(Directory.Exists(api.RunsDirectory));
    }

    [Fact]
    public async Task Launching_an_uploaded_yaml_with_a_typo_is_400_with_errors_in_upload_yaml()
    {
        var lines = File.ReadAllText(Path.Combine(CapacityApiFactory.ScenariosDirectory, "quick-mini.yaml")).Split('\n').ToList();
        var demand = lines.FindIndex(l => l == "demand:");
        lines.Insert(demand + 1, "  atackRate: 0.1");
        using var client = api.Authorized();

        using var response = await client.PostAsJsonAsync("/api/runs", new { yaml = string.Join('\n', lines), days = 15 });

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest, "POST /api/runs with a typo");
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("upload.yaml", error.GetProperty("file").GetString());
        Assert.Equal(demand + 2, error.GetProperty("line").GetInt32());
    }
}
