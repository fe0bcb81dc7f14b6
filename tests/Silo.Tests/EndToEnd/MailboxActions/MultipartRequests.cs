using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DigitalPost.Silo.Tests.EndToEnd.Support;

namespace DigitalPost.Silo.Tests.EndToEnd.MailboxActions;

/// <summary>GraphQL multipart requests and <c>POST /graphql/uploads</c> against the silo, with a dev token.</summary>
internal static class MultipartRequests
{
    public sealed record FilePart(string Filename, string ContentType, byte[] Content);

    /// <summary>POSTs a GraphQL multipart request: <paramref name="files"/> fill <c>variables.input.attachments.&lt;i&gt;.upload</c>.</summary>
    public static async Task<GraphQLResponse> SendWithAttachmentsAsync(EndToEndFixture fixture, string subject, string query, JsonObject input, params FilePart[] files)
    {
        var attachments = new JsonArray();
        var map = new JsonObject();
        for (var i = 0; i < files.Length; i++)
        {
            attachments.Add(new JsonObject { ["upload"] = null });
            map[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonArray($"variables.input.attachments.{i}.upload");
        }

        input["attachments"] = attachments;
        var operations = new JsonObject { ["query"] = query, ["variables"] = new JsonObject { ["input"] = input } };
        using var content = new MultipartFormDataContent("e2e-" + Guid.NewGuid().ToString("N"));
        content.Add(new StringContent(operations.ToJsonString(), Encoding.UTF8, "application/json"), "operations");
        content.Add(new StringContent(map.ToJsonString(), Encoding.UTF8, "application/json"), "map");
        for (var i = 0; i < files.Length; i++)
        {
            content.Add(File(files[i]), i.ToString(System.Globalization.CultureInfo.InvariantCulture), files[i].Filename);
        }

        return await PostAsync(fixture, subject, fixture.GraphQLEndpoint, content);
    }

    /// <summary>POST /graphql/uploads with <paramref name="files"/>.</summary>
    public static async Task<GraphQLResponse> UploadAsync(EndToEndFixture fixture, string subject, params FilePart[] files)
    {
        using var content = new MultipartFormDataContent("e2e-" + Guid.NewGuid().ToString("N"));
        foreach (var file in files)
        {
            content.Add(File(file), "file", file.Filename);
        }

        return await PostAsync(fixture, subject, new Uri(fixture.BaseAddress, "graphql/uploads"), content);
    }

    private static ByteArrayContent File(FilePart file)
    {
        var content = new ByteArrayContent(file.Content);
        content.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
        return content;
    }

    private static async Task<GraphQLResponse> PostAsync(EndToEndFixture fixture, string subject, Uri uri, HttpContent content)
    {
        var token = await fixture.DevTokenAsync(subject);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await fixture.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text,
            text.Length > 0 && response.StatusCode != HttpStatusCode.NotFound ? JsonNode.Parse(text) as JsonObject : null);
    }
}
