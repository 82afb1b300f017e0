using Capacity.Results.Comparison;
using Capacity.Results.Reading;
using Capacity.Server.Results;
using Capacity.Server.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Capacity.Server.Api;

/// <summary>
/// Results of completed runs, read from their run directories (the files are the only truth: a run found on disk
/// answers like one started here). <c>replica</c> picks an ensemble's replica (default 0).
/// </summary>
public static class ResultEndpoints
{
    public static void MapResultEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/runs/{id}").WithTags("Results").AddEndpointFilter<ApiProblemFilter>();
        group.MapGet("/kpis", async (string id, int? replica, RunRegistry runs, CancellationToken ct) =>
                (await ManifestKpis.ReadAsync(runs.ResultsDirectory(id, replica), ct)).Select(k => new KpiEntry(k.Name, k.Value)).ToArray())
            .WithSummary("KPIs of the run's manifest, nested names flattened with dots.");
        group.MapGet("/series/{level}", (string id, string level, int? replica, string? entity, string? ooad, string? columns, int? from, int? to, int? offset, int? limit, RunRegistry runs) =>
                SeriesReader.Read(runs.ResultsDirectory(id, replica), new SeriesQuery(
                    level, entity, ooad, columns?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), from, to, offset ?? 0, limit ?? 500)))
            .WithSummary("Daily time series of a level (national, ooad, hospital, warehouse), filtered and paged.");
        group.MapGet("/stock", (string id, int? replica, int? day, string? level, string? ooad, string? item, string? sort, bool? desc, int? offset, int? limit, RunRegistry runs) =>
                StockBoard.Stock(runs.ResultsDirectory(id, replica), day, level ?? "hospital", ooad, item, sort, desc ?? false, offset ?? 0, limit ?? 500))
            .WithSummary("Stock board of a day: on hand, days of supply, on order and in transit per node and item.");
        group.MapGet("/stock-outs", (string id, int? replica, int? day, RunRegistry runs) => StockBoard.StockOuts(runs.ResultsDirectory(id, replica), day))
            .WithSummary("Nodes out of stock on a day, with the day each stock-out began.");
        group.MapGet("/shipments", (string id, int? replica, int? day, RunRegistry runs) => StockBoard.Shipments(runs.ResultsDirectory(id, replica), day))
            .WithSummary("Units shipped by each warehouse and received by each node on a day.");
        group.MapGet("/map", (string id, int? replica, int? day, string? metric, string? item, RunRegistry runs) =>
                StateMap.Build(runs.ResultsDirectory(id, replica), day, metric ?? StateMap.Occupancy, item))
            .WithSummary("Occupancy or days of supply per state of Mexico on a day.");
        group.MapGet("/events", (string id, int? replica, string? kind, string? entity, int? offset, int? limit, RunRegistry runs) =>
                SeriesReader.Events(runs.ResultsDirectory(id, replica), kind, entity, offset ?? 0, limit ?? 500))
            .WithSummary("Events (phase changes, stock-outs, transfers, shocks), filtered and paged.");
        group.MapGet("/files", (string id, RunRegistry runs) => RunFiles.List(runs.RunDirectory(id)))
            .WithSummary("Every file of the run directory, with size and SHA-256.");
        group.MapGet("/files/{**path}", (string id, string path, RunRegistry runs) =>
            {
                var file = RunFiles.Resolve(runs.RunDirectory(id), path);
                return TypedResults.PhysicalFile(file, RunFiles.ContentType(file), fileDownloadName: Path.GetFileName(file));
            })
            .WithSummary("Downloads one file of the run (a path from /files).");
        app.MapGet("/api/compare", async (string a, string b, RunRegistry runs, CancellationToken ct) =>
            {
                var table = await ComparisonTable.LoadAsync([runs.ResultsDirectory(a, null), runs.ResultsDirectory(b, null)], ct);
                return new ComparisonView(a, b, [.. table.Rows.Select(r => new ComparisonRowView(r.Kpi, r.Values[0], r.Values[1], r.Deltas[1]))]);
            })
            .WithTags("Results")
            .AddEndpointFilter<ApiProblemFilter>()
            .WithSummary("KPIs of two completed runs side by side, with b − a.");
    }
}
