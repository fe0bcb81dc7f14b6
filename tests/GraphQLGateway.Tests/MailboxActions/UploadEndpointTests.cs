using System.Net;
using System.Text;
using DigitalPost.GraphQLGateway.Core;

namespace DigitalPost.GraphQLGateway.Tests.MailboxActions;

/// <summary>POST /graphql/uploads: stores files for the signed-in caller and refuses whole requests over a limit.</summary>
public sealed class UploadEndpointTests : IAsyncLifetime
{
    private const string Alice = "cpr:0101901234";
    private const string Bob = "cpr:0202801234";

    private readonly HttpClient _client = new();
    private UploadTestServer _server = null!;

    public async Task InitializeAsync() => _server = await UploadTestServer.StartAsync(new()
    {
        ["Gateway:Uploads:MaxRequestBytes"] = "16384",
        ["Gateway:Uploads:MaxFileBytes"] = "4096",
        ["Gateway:Uploads:MaxFilesPerRequest"] = "2",
        ["Gateway:Uploads:MaxFilesPerViewer"] = "3",
        ["Gateway:Uploads:TimeToLive"] = "00:10:00",
    });

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Files_are_stored_for_the_caller_and_described_with_global_ids()
    {
        using var content = Files(("brev.pdf", "application/pdf", "hello"), ("bilag.txt", "text/plain", "hi"));

        var (status, body) = await MultipartContent.SendAsync(_client, _server.UploadsUri, content, Alice);

        Assert.Equal(HttpStatusCode.OK, status);
        var uploads = body["uploads"]!.AsArray();
        Assert.Equal(2, uploads.Count);
        Assert.Equal("brev.pdf", (string?)uploads[0]!["filename"]);
        Assert.Equal(5, (long?)uploads[0]!["size"]);
        Assert.Equal("application/pdf", (string?)uploads[0]!["contentType"]);
        Assert.True(GlobalId.TryDecode((string?)uploads[0]!["id"], out var type, out var key));
        Assert.Equal("Upload", type);
        Assert.NotNull(_server.Store.Find(Alice, Guid.Parse(key)));
        Assert.Null(_server.Store.Find(Bob, Guid.Parse(key)));
        Assert.Equal(2, _server.FilesOnDisk);
    }

    [Fact]
    public async Task An_anonymous_upload_is_401()
    {
        using var content = Files(("a.pdf", "application/pdf", "x"));

        var (status, body) = await MultipartContent.SendAsync(_client, _server.UploadsUri, content, subject: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("UNAUTHENTICATED", MultipartContent.Code(body));
        Assert.Equal(0, _server.FilesOnDisk);
    }

    [Fact]
    public async Task Too_many_files_in_one_request_is_413_and_stores_nothing()
    {
        using var content = Files(("a.pdf", "application/pdf", "1"), ("b.pdf", "application/pdf", "2"), ("c.pdf", "application/pdf", "3"));

        var (status, body) = await MultipartContent.SendAsync(_client, _server.UploadsUri, content, Alice);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("LIMIT_EXCEEDED", MultipartContent.Code(body));
        Assert.Equal(0, _server.Store.Count);
        Assert.Equal(0, _server.FilesOnDisk);
    }

    [Fact]
    public async Task A_file_over_the_file_limit_is_413_and_stores_nothing()
    {
        using var content = Files(("a.pdf", "application/pdf", "small"), ("big.pdf", "application/pdf", new string('x', 5000)));

        var (status, _) = await MultipartContent.SendAsync(_client, _server.UploadsUri, content, Alice);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(0, _server.Store.Count);
        Assert.Equal(0, _server.FilesOnDisk);
    }

    [Fact]
    public async Task Passing_the_per_viewer_count_is_413_for_that_viewer_only()
    {
        using (var first = Files(("a.pdf", "application/pdf", "1"), ("b.pdf", "application/pdf", "2")))
        {
            Assert.Equal(HttpStatusCode.OK, (await MultipartContent.SendAsync(_client, _server.UploadsUri, first, Alice)).Status);
        }

        using var second = Files(("c.pdf", "application/pdf", "3"), ("d.pdf", "application/pdf", "4"));
        var (status, body) = await MultipartContent.SendAsync(_client, _server.UploadsUri, second, Alice);
        using var bobs = Files(("c.pdf", "application/pdf", "3"), ("d.pdf", "application/pdf", "4"));
        var (bobStatus, _) = await MultipartContent.SendAsync(_client, _server.UploadsUri, bobs, Bob);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("at most 3 are kept per person", MultipartContent.Message(body), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bobStatus);
        Assert.Equal(4, _server.FilesOnDisk);
    }

    [Fact]
    public async Task A_request_without_file_parts_is_400()
    {
        using var content = new MultipartFormDataContent("b-" + Guid.NewGuid().ToString("N")) { { new StringContent("just text"), "note" } };

        var (status, body) = await MultipartContent.SendAsync(_client, _server.UploadsUri, content, Alice);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("VALIDATION", MultipartContent.Code(body));
    }

    [Fact]
    public async Task A_body_that_is_not_multipart_is_415()
    {
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");

        var (status, _) = await MultipartContent.SendAsync(_client, _server.UploadsUri, content, Alice);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
    }

    [Fact]
    public async Task Errors_follow_accept_language()
    {
        using var content = Files(("a.pdf", "application/pdf", "x"));
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.UploadsUri) { Content = content };
        request.Headers.AcceptLanguage.ParseAdd("da");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Du skal logge ind.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Files(params (string Name, string ContentType, string Text)[] files)
    {
        var content = new MultipartFormDataContent("b-" + Guid.NewGuid().ToString("N"));
        foreach (var (name, type, text) in files)
        {
            content.Add(MultipartContent.File(Encoding.UTF8.GetBytes(text), type), "file", name);
        }

        return content;
    }
}
