using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace DigitalPost.GraphQLGateway.Localization;

/// <summary>
/// Picks Danish or English from an <c>Accept-Language</c> header (RFC 9110 §12.5.4): highest q wins, ties go to
/// the earlier entry, <c>q=0</c> excludes, <c>*</c> means Danish; anything unparsable or unmatched gives Danish.
/// </summary>
public static class AcceptLanguageSelector
{
    /// <summary>Most distinct header values remembered (browsers send a handful; the bound keeps odd ones from growing it).</summary>
    private const int MaxRemembered = 64;

    /// <summary>Longest header value remembered.</summary>
    private const int MaxRememberedLength = 128;

    /// <summary>
    /// Choices for header values seen before: the choice depends on the text alone, and every signed-in request asks
    /// (parsing the list allocated more than the rest of building the viewer).
    /// </summary>
    private static readonly ConcurrentDictionary<string, GatewayLanguage> Remembered = new(StringComparer.Ordinal);

    public static GatewayLanguage Select(string? acceptLanguage)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage))
        {
            return GatewayLanguage.Danish;
        }

        if (acceptLanguage.Length > MaxRememberedLength)
        {
            return Parse(acceptLanguage);
        }

        if (Remembered.TryGetValue(acceptLanguage, out var known))
        {
            return known;
        }

        var chosen = Parse(acceptLanguage);
        if (Remembered.Count < MaxRemembered)
        {
            Remembered.TryAdd(acceptLanguage, chosen);
        }

        return chosen;
    }

    private static GatewayLanguage Parse(string acceptLanguage)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage)
            || !StringWithQualityHeaderValue.TryParseList(acceptLanguage.Split(','), out var entries))
        {
            return GatewayLanguage.Danish;
        }

        GatewayLanguage? best = null;
        var bestQuality = 0.0;
        var excluded = new HashSet<GatewayLanguage>();
        foreach (var entry in entries)
        {
            var quality = entry.Quality ?? 1.0;
            var language = Match(entry.Value.Value);
            if (language is null)
            {
                continue;
            }

            if (quality <= 0)
            {
                excluded.Add(language.Value);
                continue;
            }

            if (quality > bestQuality)
            {
                best = language;
                bestQuality = quality;
            }
        }

        if (best is { } chosen && !excluded.Contains(chosen))
        {
            return chosen;
        }

        return excluded.Contains(GatewayLanguage.Danish) && !excluded.Contains(GatewayLanguage.English)
            ? GatewayLanguage.English
            : GatewayLanguage.Danish;
    }

    public static GatewayLanguage Select(HttpContext? context) =>
        Select(context?.Request.Headers.AcceptLanguage.ToString());

    private static GatewayLanguage? Match(string? tag)
    {
        if (tag is null)
        {
            return null;
        }

        if (tag == "*")
        {
            return GatewayLanguage.Danish;
        }

        var primary = tag.Split('-', 2)[0];

        // Norwegian Bokmål and Nynorsk readers get Danish rather than English: the closer language.
        return primary.ToLowerInvariant() switch
        {
            "da" or "nb" or "nn" or "no" => GatewayLanguage.Danish,
            "en" => GatewayLanguage.English,
            _ => null,
        };
    }
}
