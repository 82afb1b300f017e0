using Capacity.Scenarios;
using Capacity.Server.Runs;
using Capacity.Server.Scenarios;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Capacity.Server.Api;

/// <summary><c>/api/scenarios</c>: the catalogue and validation of uploaded YAML (the CLI's loader, so the same errors).</summary>
public static class ScenarioEndpoints
{
    public static void MapScenarioEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scenarios").WithTags("Scenarios").AddEndpointFilter<ApiProblemFilter>();
        group.MapGet("/", (ScenarioCatalog catalog) => catalog.List())
            .WithSummary("Scenario files of the scenarios folder, with their size and policies (invalid files listed with their errors).");
        group.MapGet("/{name}", (string name, ScenarioCatalog catalog) => catalog.Get(name))
            .WithSummary("One scenario's summary and YAML text.");
        group.MapPost("/validate", (ValidateRequest request, ScenarioCatalog catalog) => Validate(request, catalog))
            .WithSummary("Validates scenario YAML with overrides: the effective scenario, or 400 with every error's line, column and field path.");
    }

    private static ScenarioSummary Validate(ValidateRequest request, ScenarioCatalog catalog)
    {
        if (request.Yaml is null)
        {
            throw ApiProblem.BadRequest("The body needs 'yaml': the scenario text.");
        }

        try
        {
            var loaded = catalog.LoadUpload(request.Yaml, RunRegistry.Overrides(new RunRequest(Overrides: request.Overrides)));
            return ScenarioSummary.Of(null, null, loaded) with { Sha256 = loaded.Sha256, EffectiveYaml = loaded.EffectiveYaml };
        }
        catch (ScenarioException e)
        {
            throw ApiProblem.InvalidScenario(e);
        }
    }
}
