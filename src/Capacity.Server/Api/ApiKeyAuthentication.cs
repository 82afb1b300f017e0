using System.Security.Claims;
using System.Text.Encodings.Web;
using Capacity.Server.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Capacity.Server.Api;

/// <summary>
/// The <c>X-Api-Key</c> scheme. It runs as middleware, before a request body is read, so an unauthenticated upload is
/// refused with 401 whatever it holds; the challenge answers problem+json like every other API error.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeySecret secret)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(secret.Matches(values.ToString())
            ? AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "api-key")], SchemeName)), SchemeName))
            : AuthenticateResult.Fail("wrong API key"));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var detail = Request.Headers.ContainsKey(Header)
            ? $"The {Header} header does not hold this server's API key."
            : $"This endpoint changes state: send the server's API key in the {Header} header (printed at start-up, or Capacity:ApiKey).";
        return ProblemResponses.WriteAsync(Context, new ApiProblem(StatusCodes.Status401Unauthorized, "Unauthorized", detail));
    }
}
