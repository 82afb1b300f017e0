using Capacity.Scenarios;
using Microsoft.AspNetCore.Http;

namespace Capacity.Server.Api;

/// <summary>
/// A request the host refuses, thrown by the application services and turned into an RFC 7807 problem+json response by
/// <see cref="ProblemResponses"/>: one place decides status, title and shape.
/// </summary>
public sealed class ApiProblem : Exception
{
    public ApiProblem(int status, string title, string detail, IReadOnlyList<ScenarioError>? errors = null)
        : base(detail)
    {
        Status = status;
        Title = title;
        Errors = errors;
    }

    public int Status { get; }

    public string Title { get; }

    /// <summary>Scenario errors (file, line, column, path, message) when the problem is an invalid scenario.</summary>
    public IReadOnlyList<ScenarioError>? Errors { get; }

    public static ApiProblem NotFound(string what) => new(StatusCodes.Status404NotFound, "Not found", what);

    public static ApiProblem BadRequest(string detail) => new(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static ApiProblem Conflict(string detail) => new(StatusCodes.Status409Conflict, "Conflict", detail);

    public static ApiProblem LimitExceeded(string limit, long allowed, long asked) =>
        new(StatusCodes.Status400BadRequest, "Limit exceeded", $"{limit} is {allowed}; the request asks for {asked}.");

    public static ApiProblem InvalidScenario(ScenarioException e) =>
        new(StatusCodes.Status400BadRequest, "Invalid scenario", $"{e.Errors.Length} error(s) in the scenario; nothing was run.", e.Errors);
}
