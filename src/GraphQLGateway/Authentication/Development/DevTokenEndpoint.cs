using DigitalPost.GraphQLGateway.Hosting;
using System.Text.Json;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Platforms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.Authentication.Development;

/// <summary><c>POST /auth/dev-token</c>: the development stand-in for MitID.</summary>
public static class DevTokenEndpoint
{
    public const string Path = "/auth/dev-token";

    /// <summary>Largest request body read (a subject and a platform fit easily).</summary>
    public const int MaxBodyBytes = 4096;

    /// <summary>Maps the endpoint; outside Development (or without <c>AddGatewayAuthentication</c> in Development) it answers 404.</summary>
    public static IEndpointConventionBuilder MapDevTokenEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task HandleAsync(HttpContext context)
    {
        var environment = context.RequestServices.GetRequiredService<IHostEnvironment>();
        var issuer = context.RequestServices.GetService<DevTokenIssuer>();
        if (!environment.IsDevelopment() || issuer is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var (subject, platform, error) = await ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (error is not null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(error, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DevTokenEndpoint).FullName!);
        GatewayAuthenticationLog.DevTokenIssued(logger, subject!.Masked, platform!.Value.Name);
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsJsonAsync(new DevTokenResponse(issuer.Issue(subject, platform.Value)), context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<(GatewaySubject?, GatewayPlatform?, DevTokenError?)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, null, new DevTokenError("BAD_REQUEST", "Send JSON (Content-Type: application/json): {\"subject\": \"cpr:0101901234\", \"platform\": \"borger.dk\"}."));
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, null, new DevTokenError("BAD_REQUEST", $"The body is larger than {MaxBodyBytes} bytes."));
        }

        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(new LimitedReadStream(request.Body, MaxBodyBytes, max => new IOException($"The body is larger than {max} bytes.")), cancellationToken: cancellationToken).ConfigureAwait(false);
            body = document.RootElement.Clone();
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return (null, null, new DevTokenError("BAD_REQUEST", "The body is not a JSON object: " + ex.Message));
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, null, new DevTokenError("BAD_REQUEST", "The body must be a JSON object with \"subject\" and \"platform\"."));
        }

        var subjectText = body.TryGetProperty("subject", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        if (!GatewaySubject.TryParse(subjectText, out var subject, out var subjectError))
        {
            return (null, null, new DevTokenError("INVALID_SUBJECT", "\"subject\": " + subjectError, "subject"));
        }

        var platformText = body.TryGetProperty("platform", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        if (platformText is null)
        {
            return (null, null, new DevTokenError("INVALID_PLATFORM", $"\"platform\" is missing; expected {GatewayPlatform.ExpectedNames}.", "platform"));
        }

        if (!GatewayPlatform.TryParse(platformText, out var platform))
        {
            var shown = platformText.Length <= 32 ? platformText : platformText[..32] + "…";
            return (null, null, new DevTokenError("INVALID_PLATFORM", $"\"platform\": '{shown}' is unknown; expected {GatewayPlatform.ExpectedNames}.", "platform"));
        }

        return (subject, platform, null);
    }
}
