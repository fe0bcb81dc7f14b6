using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace DigitalPost.GraphQLGateway.Tests.MailboxActions;

/// <summary>Builds GraphQL multipart requests and sends them.</summary>
internal static class MultipartContent
{
    public static MultipartFormDataContent Request(string operations, string map, params (string Name, string Filename, byte[] Content)[] files)
    {
        var content = new MultipartFormDataContent("test-boundary-" + Guid.NewGuid().ToString("N"));
        content.Add(new StringContent(operations, Encoding.UTF8), "operations");
        content.Add(new StringContent(map, Encoding.UTF8), "map");
        foreach (var (name, filename, bytes) in files)
        {
            content.Add(File(bytes, "text/plain"), name, filename);
        }

        return content;
    }

    public static ByteArrayContent File(byte[] bytes, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return file;
    }

    public static async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(HttpClient client, Uri uri, HttpContent content, string? subject = "cpr:0101901234")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
        if (subject is not null)
        {
            request.Headers.Add(UploadTestServer.SubjectHeader, subject);
        }

        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text)!);
    }

    public static string? Code(JsonNode body) => (string?)body["errors"]?[0]?["extensions"]?["code"];

    public static string? Message(JsonNode body) => (string?)body["errors"]?[0]?["message"];

    /// <summary>Content without a length, so it goes chunked (no Content-Length to refuse it by).</summary>
    public sealed class UnknownLength(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
