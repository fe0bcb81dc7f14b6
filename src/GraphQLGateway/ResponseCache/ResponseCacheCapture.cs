using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQL.Operations;
using DigitalPost.GraphQL.Transport;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace DigitalPost.GraphQLGateway.ResponseCache;

/// <summary>
/// The capture hook of one cache miss (<see cref="IGraphQLHttpResponseCaptureFeature"/>) for a successful query that
/// <see cref="CacheableOperationAnalyzer"/> allows: with the mailbox version the middleware read before the request went
/// on, it keeps the response; without one (the first sighting of this request) it only marks the request cacheable, so
/// requests that are never repeated or never cacheable (mutations, other mailboxes) cost no version read.
/// </summary>
internal sealed class ResponseCacheCapture : IGraphQLHttpResponseCaptureFeature
{
    private readonly GatewayResponseCache _cache;
    private readonly HttpContext _context;
    private readonly ResponseCacheKey _key;
    private readonly MailboxVersion? _version;
    private readonly string[] _headersBefore;

    public ResponseCacheCapture(GatewayResponseCache cache, HttpContext context, ResponseCacheKey key, MailboxVersion? version)
    {
        _cache = cache;
        _context = context;
        _key = key;
        _version = version;

        // Headers an outer component set before the request reached us are set again on a hit by that component itself.
        var headers = context.Response.Headers;
        _headersBefore = headers.Count == 0 ? [] : [.. headers.Keys];
    }

    public bool ShouldCapture(PreparedRequest request, ExecutionResult result, int statusCode)
    {
        if (statusCode != StatusCodes.Status200OK
            || result is not { HasData: true, Errors: null or { Count: 0 }, Extensions: null or { Count: 0 } }
            || _context.RequestAborted.IsCancellationRequested
            || !_cache.Analyzer.IsCacheable(request))
        {
            return false;
        }

        if (_version is null)
        {
            _cache.Mark(_key);
            return false;
        }

        return true;
    }

    public void OnCaptured(PreparedRequest request, ReadOnlySpan<byte> body)
    {
        var headers = new List<KeyValuePair<string, StringValues>>(4);
        foreach (var header in _context.Response.Headers)
        {
            if (Array.IndexOf(_headersBefore, header.Key) < 0)
            {
                headers.Add(header);
            }
        }

        var name = LogSafeText.Mask(request.Operation?.Name?.Value ?? request.Body.OperationName) ?? "(anonymous)";
        _cache.Keep(_key, _version!.Value, _context.Response.StatusCode, headers, body, name);
    }
}
