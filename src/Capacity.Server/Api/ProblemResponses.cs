using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Capacity.Server.Api;

/// <summary>
/// Every 4xx/5xx of the API as RFC 7807 <c>application/problem+json</c>: <see cref="ApiProblem"/>s thrown by the services,
/// malformed JSON bodies and over-long bodies (<see cref="BadHttpRequestException"/>), and anything unexpected (500, no details).
/// </summary>
public static class ProblemResponses
{
    public const string ContentType = "application/problem+json";

    /// <summary>Adds the exception handler that maps exceptions to problems.</summary>
    public static void UseApiProblems(this WebApplication app)
    {
        app.UseExceptionHandler(handler => handler.Run(async context =>
        {
            var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var problem = error switch
            {
                ApiProblem p => p,
                BadHttpRequestException b when b.StatusCode == StatusCodes.Status413PayloadTooLarge =>
                    TooLarge(context.RequestServices.GetService(typeof(Configuration.ServerSettings)) is Configuration.ServerSettings s ? s.Limits.MaxUploadBytes : 0),
                BadHttpRequestException b => new ApiProblem(b.StatusCode, "Bad request", b.Message),
                System.Text.Json.JsonException j => ApiProblem.BadRequest($"The JSON body is malformed: {j.Message}"),
                _ => new ApiProblem(StatusCodes.Status500InternalServerError, "Internal error", "The server failed; see its log."),
            };
            await WriteAsync(context, problem);
        }));
    }

    /// <summary>The 413 problem for a body over <c>MaxUploadBytes</c>.</summary>
    public static ApiProblem TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "Payload too large", $"MaxUploadBytes is {maxBytes}; the request body is larger.");

    /// <summary>Writes a problem as the response.</summary>
    public static Task WriteAsync(HttpContext context, ApiProblem problem)
    {
        context.Response.StatusCode = problem.Status;
        return context.Response.WriteAsJsonAsync(ToDetails(problem, context.Request.Path), options: null, contentType: ContentType);
    }

    /// <summary>The problem as the RFC 7807 document (with <c>errors</c> for scenario errors).</summary>
    public static ProblemDetails ToDetails(ApiProblem problem, string instance)
    {
        var details = new ProblemDetails
        {
            Type = problem.Status == StatusCodes.Status429TooManyRequests
                ? "https://www.rfc-editor.org/rfc/rfc6585#section-4"
                : $"https://www.rfc-editor.org/rfc/rfc9110#status.{problem.Status}",
            Title = problem.Title,
            Status = problem.Status,
            Detail = problem.Message,
            Instance = instance,
        };
        if (problem.Errors is { } errors)
        {
            details.Extensions["errors"] = errors
                .Select(e => new { file = e.File, line = e.Line, column = e.Column, path = e.Path, message = e.Message })
                .ToArray();
        }

        return details;
    }
}
