using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>POSTs GraphQL requests to the silo's <c>/graphql</c> over real HTTP (GraphQL over HTTP, JSON body).</summary>
public sealed class GraphQLHttpClient(HttpClient http, Uri endpoint)
{
    /// <summary>
    /// Sends <paramref name="query"/> with a bearer <paramref name="token"/> (null: anonymous) and
    /// <paramref name="variables"/> (an anonymous object, a dictionary or a <see cref="JsonObject"/>).
    /// <paramref name="platform"/> sets <c>X-DigitalPost-Platform</c> (needed only for tokens with several platforms);
    /// <paramref name="acceptLanguage"/> picks the error language.
    /// </summary>
    public async Task<GraphQLResponse> PostAsync(string? token, string query, object? variables = null, string? platform = null, string? acceptLanguage = null, string? operationName = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = variables as JsonNode ?? JsonSerializer.SerializeToNode(variables);
        }

        if (operationName is not null)
        {
            body["operationName"] = operationName;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent.Create(body) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (platform is not null)
        {
            request.Headers.Add("X-DigitalPost-Platform", platform);
        }

        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await http.SendAsync(request).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        JsonObject? parsed = null;
        try
        {
            parsed = text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            // Not JSON (e.g. a 401 without body or an HTML error page): the text stays available.
        }

        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.ToString(), text, parsed);
    }
}
