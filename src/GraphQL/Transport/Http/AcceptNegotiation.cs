using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace DigitalPost.GraphQL.Transport.Http;

/// <summary>
/// Chooses the response media type from the <c>Accept</c> header (RFC 9110 12.5.1): for each supported type the
/// quality of the most specific matching range counts; ranges asking for a charset other than UTF-8 match nothing.
/// The highest quality above zero wins; on a tie the more specific match wins, and between equally specific
/// matches <c>application/graphql-response+json</c> wins when both were named and <c>application/json</c> when
/// only wildcards matched (what legacy clients sending <c>*/*</c> expect).
/// </summary>
internal static class AcceptNegotiation
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    /// <summary>Most distinct <c>Accept</c> values remembered (clients send a handful; the bound keeps odd ones from growing it).</summary>
    private const int MaxRemembered = 64;

    /// <summary>Longest <c>Accept</c> value remembered.</summary>
    private const int MaxRememberedLength = 256;

    /// <summary>
    /// Answers for single <c>Accept</c> values seen before: the answer depends on the text alone, and parsing it into
    /// <see cref="MediaTypeHeaderValue"/>s on every request cost more than the rest of the negotiation.
    /// </summary>
    private static readonly ConcurrentDictionary<string, GraphQLResponseMediaType?> Remembered = new(StringComparer.Ordinal);

    /// <summary>The chosen type, or <c>null</c> when nothing acceptable is supported (406).</summary>
    public static GraphQLResponseMediaType? Negotiate(StringValues accept, GraphQLResponseMediaType whenMissing)
    {
        if (StringValues.IsNullOrEmpty(accept) || IsBlank(accept))
        {
            return whenMissing;
        }

        if (accept.Count != 1 || accept[0] is not { Length: <= MaxRememberedLength } single)
        {
            return NegotiateParsed(accept);
        }

        if (Remembered.TryGetValue(single, out var known))
        {
            return known;
        }

        var chosen = NegotiateParsed(accept);
        if (Remembered.Count < MaxRemembered)
        {
            Remembered.TryAdd(single, chosen);
        }

        return chosen;
    }

    /// <summary>
    /// Whether a <c>Content-Type</c> value is exactly <c>application/json</c>, optionally with a UTF-8 charset, in one of
    /// the spellings clients send: what the header parser would accept without needing to run it.
    /// </summary>
    public static bool IsPlainJsonContentType(string contentType) =>
        contentType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        || contentType.Equals("application/json; charset=utf-8", StringComparison.OrdinalIgnoreCase)
        || contentType.Equals("application/json;charset=utf-8", StringComparison.OrdinalIgnoreCase);

    private static GraphQLResponseMediaType? NegotiateParsed(StringValues accept)
    {

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return null;
        }

        var graphql = (Quality: 0.0, Specificity: -1);
        var json = (Quality: 0.0, Specificity: -1);
        foreach (var range in ranges)
        {
            if (range.Charset.HasValue && !IsUtf8(range.Charset))
            {
                continue;
            }

            var quality = range.Quality ?? 1.0;
            var type = range.MediaType;
            if (type.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                graphql = MoreSpecific(graphql, quality, 2);
            }
            else if (type.Equals(Json, StringComparison.OrdinalIgnoreCase))
            {
                json = MoreSpecific(json, quality, 2);
            }
            else if (type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                graphql = MoreSpecific(graphql, quality, 1);
                json = MoreSpecific(json, quality, 1);
            }
            else if (type.Equals("*/*", StringComparison.Ordinal))
            {
                graphql = MoreSpecific(graphql, quality, 0);
                json = MoreSpecific(json, quality, 0);
            }
        }

        if (graphql.Quality <= 0 && json.Quality <= 0)
        {
            return null;
        }

        if (graphql.Quality != json.Quality)
        {
            return graphql.Quality > json.Quality ? GraphQLResponseMediaType.GraphQLResponseJson : GraphQLResponseMediaType.Json;
        }

        if (graphql.Specificity != json.Specificity)
        {
            return graphql.Specificity > json.Specificity ? GraphQLResponseMediaType.GraphQLResponseJson : GraphQLResponseMediaType.Json;
        }

        return graphql.Specificity == 2 ? GraphQLResponseMediaType.GraphQLResponseJson : GraphQLResponseMediaType.Json;
    }

    /// <summary>The Content-Type header value for <paramref name="mediaType"/>.</summary>
    public static string ContentType(GraphQLResponseMediaType mediaType) =>
        mediaType == GraphQLResponseMediaType.GraphQLResponseJson ? "application/graphql-response+json; charset=utf-8" : "application/json; charset=utf-8";

    /// <summary>Whether a charset parameter names UTF-8.</summary>
    public static bool IsUtf8(StringSegment charset)
    {
        var value = charset.Trim();
        if (value.Length >= 2 && value[0] == '"' && value[value.Length - 1] == '"')
        {
            value = value.Subsegment(1, value.Length - 2);
        }

        return value.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || value.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    private static (double Quality, int Specificity) MoreSpecific((double Quality, int Specificity) current, double quality, int specificity) =>
        specificity > current.Specificity || (specificity == current.Specificity && quality > current.Quality) ? (quality, specificity) : current;

    private static bool IsBlank(StringValues values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return false;
            }
        }

        return true;
    }
}
