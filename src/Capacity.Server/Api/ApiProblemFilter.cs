using Microsoft.AspNetCore.Http;

namespace Capacity.Server.Api;

/// <summary>
/// Turns an <see cref="ApiProblem"/> thrown by an endpoint into its problem+json response right there: a 404 or a
/// 409 is an answer, not a server failure, so it must not go through the exception handler (which logs it as an error).
/// </summary>
public sealed class ApiProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ApiProblem problem)
        {
            return new ProblemResult(problem);
        }
    }

    private sealed class ProblemResult(ApiProblem problem) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => ProblemResponses.WriteAsync(httpContext, problem);
    }
}
