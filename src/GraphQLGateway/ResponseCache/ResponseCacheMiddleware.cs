using System.Buffers;
using DigitalPost.GraphQL.Transport;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Authentication;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Hosting;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.Operations;
using DigitalPost.GraphQLGateway.Platforms;
using DigitalPost.Runtime;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigitalPost.GraphQLGateway.ResponseCache;

/// <summary>
/// Serves a citizen's repeated read of their own mailbox from <see cref="GatewayResponseCache"/> (docs/gateway.md, "Response
/// cache"). Runs right after authentication (so a bad or expired token is a 401 whatever is cached) on <c>/graphql</c> over
/// HTTP. For a signed-in citizen whose platform resolves it builds the key from the raw request. A request never seen goes
/// through with a <see cref="ResponseCacheCapture"/> that marks it if it is cacheable. For a marked or stored one it reads
/// the own mailbox's version from its grain (before anything executes), and either writes the stored bytes and headers (a
/// hit: same version, younger than MaxAge) or lets the request through with a capture that stores the response. Hits are counted in the gateway's request metrics and logged (event 5202) like executed operations.
/// </summary>
public sealed class ResponseCacheMiddleware
{
    private static readonly string[] NoCodes = [];

    private readonly GatewayResponseCache _cache;
    private readonly IGrainFactory _grains;
    private readonly GatewayMetrics _metrics;
    private readonly ILogger _requestLogger;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public ResponseCacheMiddleware(GatewayResponseCache cache, IGrainFactory grains, GatewayMetrics metrics, ILoggerFactory loggers, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        _cache = cache;
        _grains = grains;
        _metrics = metrics;
        _requestLogger = loggers.CreateLogger(GatewayRequestLog.CategoryName);
        _logger = loggers.CreateLogger<ResponseCacheMiddleware>();
        _time = time;
    }

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.Request;
        if (!request.Path.Equals(GatewayEndpointRouteBuilderExtensions.GraphQLPath, StringComparison.Ordinal)
            || !(HttpMethods.IsPost(request.Method) || HttpMethods.IsGet(request.Method))
            || context.WebSockets.IsWebSocketRequest
            || !_cache.Options.Enabled)
        {
            return next(context);
        }

        return LookUpAsync(context, next);
    }

    private async Task LookUpAsync(HttpContext context, RequestDelegate next)
    {
        var started = _time.GetTimestamp();
        var options = _cache.Options;

        // Only a citizen's own mailbox has one version that covers everything an allowlisted field shows.
        if (context.User.GetSubject() is not CitizenSubject citizen
            || PlatformResolver.Resolve(context) is not { Platform: { } platform }
            || (HttpMethods.IsPost(context.Request.Method) && !IsJson(context.Request.ContentType)))
        {
            await BypassAsync(context, next).ConfigureAwait(false);
            return;
        }

        var language = AcceptLanguageSelector.Select(context) == GatewayLanguage.English ? "en" : "da";
        var key = await ResponseCacheKeyBuilder.BuildAsync(context, citizen.Value, platform.Name, language, options.MaxRequestBytes).ConfigureAwait(false);
        if (key is null)
        {
            await BypassAsync(context, next).ConfigureAwait(false);
            return;
        }

        // First sighting: no version read (most requests are never repeated or never cacheable); the capture only marks it.
        var entry = _cache.Find(key);
        if (entry is null)
        {
            _cache.Metrics.Miss();
            context.Features.Set<IGraphQLHttpResponseCaptureFeature>(new ResponseCacheCapture(_cache, context, key, null));
            await next(context).ConfigureAwait(false);
            return;
        }

        // The version is read before anything executes: an entry is never newer than the version it is stored with.
        MailboxVersion version;
        try
        {
            version = await _grains.CitizenMailbox(citizen.Cpr).GetVersionAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ResponseCacheLog.VersionUnavailable(_logger, exception.GetType().Name);
            await BypassAsync(context, next).ConfigureAwait(false);
            return;
        }

        if (_cache.IsValid(entry, version))
        {
            _cache.Metrics.Hit();
            Serve(context, entry, started);
            return;
        }

        if (entry.HasResponse)
        {
            _cache.Metrics.StaleEntry();
        }
        else
        {
            _cache.Metrics.Miss();
        }

        context.Features.Set<IGraphQLHttpResponseCaptureFeature>(new ResponseCacheCapture(_cache, context, key, version));
        await next(context).ConfigureAwait(false);
    }

    private Task BypassAsync(HttpContext context, RequestDelegate next)
    {
        _cache.Metrics.Bypass();
        return next(context);
    }

    private void Serve(HttpContext context, ResponseCacheEntry entry, long started)
    {
        var response = context.Response;
        response.StatusCode = entry.StatusCode;
        foreach (var header in entry.Headers)
        {
            response.Headers[header.Key] = header.Value;
        }

        // With the length known and no flush of its own, the bytes wait in Kestrel's output buffer until the request
        // ends and leave with the headers in one send (the endpoint's chunked write took an extra flush and framing).
        response.ContentLength = entry.Body.Length;
        response.BodyWriter.Write(entry.Body);
        var elapsed = _time.GetElapsedTime(started);
        _metrics.Record("query", "ok", elapsed, NoCodes);
        GatewayRequestLog.AnsweredFromCache(_requestLogger, "query", entry.OperationName, elapsed.TotalMilliseconds, "ok", string.Empty);
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);
}
