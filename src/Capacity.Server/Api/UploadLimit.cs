using Capacity.Server.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Capacity.Server.Api;

/// <summary>
/// <c>MaxUploadBytes</c> for every API request: a declared length over it is refused at once (413), and the server's
/// body limit is lowered to it, so a chunked body that grows past it fails while being read (also 413).
/// </summary>
public static class UploadLimit
{
    public static void UseUploadLimit(this WebApplication app, RequestLimits limits) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            if (context.Request.ContentLength > limits.MaxUploadBytes)
            {
                await ProblemResponses.WriteAsync(context, ProblemResponses.TooLarge(limits.MaxUploadBytes));
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            {
                body.MaxRequestBodySize = limits.MaxUploadBytes;
            }
        }

        await next(context);
    });
}
