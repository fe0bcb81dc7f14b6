using System.Text;
using Microsoft.AspNetCore.Http;

namespace DigitalPost.GraphQLGateway.ResponseCache;

/// <summary>
/// Builds a <see cref="ResponseCacheKey"/> from the raw request without parsing it: the header part (method, subject,
/// platform, language, Accept, Content-Type, each ended by a NUL, which none of them can contain) followed by the POST
/// body bytes or the GET query string. A POST body is read once here and put back as the request body, so the GraphQL
/// endpoint reads the same bytes on a miss.
/// </summary>
internal static class ResponseCacheKeyBuilder
{
    /// <summary>The key, or null when the request cannot be cached (no or too large Content-Length, encoded body, short body).</summary>
    public static async ValueTask<ResponseCacheKey?> BuildAsync(HttpContext context, string subject, string platform, string language, int maxRequestBytes)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        string? queryString = null;
        int requestLength;
        if (isGet)
        {
            queryString = request.QueryString.Value ?? string.Empty;
            requestLength = Encoding.UTF8.GetByteCount(queryString);
        }
        else
        {
            if (request.ContentLength is not { } length || length > maxRequestBytes || request.Headers.ContentEncoding.Count > 0)
            {
                return null;
            }

            requestLength = (int)length;
        }

        if (requestLength > maxRequestBytes)
        {
            return null;
        }

        var accept = request.Headers.Accept.ToString();
        var contentType = isGet ? string.Empty : request.ContentType ?? string.Empty;
        var method = isGet ? "GET" : "POST";
        var headerLength = Encoding.UTF8.GetByteCount(method) + Encoding.UTF8.GetByteCount(subject) + Encoding.UTF8.GetByteCount(platform)
            + Encoding.UTF8.GetByteCount(language) + Encoding.UTF8.GetByteCount(accept) + Encoding.UTF8.GetByteCount(contentType) + 6;
        var identity = new byte[headerLength + requestLength];
        var at = 0;
        foreach (var part in (ReadOnlySpan<string>)[method, subject, platform, language, accept, contentType])
        {
            at += Encoding.UTF8.GetBytes(part, identity.AsSpan(at));
            identity[at++] = 0;
        }

        if (isGet)
        {
            Encoding.UTF8.GetBytes(queryString!, identity.AsSpan(at));
            return new ResponseCacheKey(identity, at);
        }

        var read = 0;
        while (read < requestLength)
        {
            var count = await request.Body.ReadAsync(identity.AsMemory(at + read, requestLength - read), context.RequestAborted).ConfigureAwait(false);
            if (count == 0)
            {
                break;
            }

            read += count;
        }

        // The endpoint reads the body from here on (it sees exactly what the client sent, short or not).
        request.Body = new MemoryStream(identity, at, read, writable: false);
        // Kestrel ends a Content-Length body at that length, so a full read is the whole body.
        return read < requestLength ? null : new ResponseCacheKey(identity, at);
    }
}
